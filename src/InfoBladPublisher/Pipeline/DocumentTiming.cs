namespace InfoBladPublisher.Pipeline;

/// <param name="FromCache">Unchanged since a cached run, so not rendered.</param>
public sealed record DocumentTiming(string DocumentId, int Pages, TimeSpan Elapsed, bool FromCache = false);
