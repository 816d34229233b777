namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>An engine could not paginate one document (it timed out, failed, or its browser died); the message says why, in one line.</summary>
internal sealed class PagedMediaException(string message, Exception? inner = null) : Exception(message, inner);
