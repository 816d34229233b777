namespace InfoBladPublisher.Common;

/// <summary>An organisation's own logo, read once when the content is loaded.</summary>
/// <param name="Extension">With the dot, e.g. ".svg"; decides the content type.</param>
internal sealed record LogoFile(string Extension, byte[] Bytes);
