namespace InfoBladPublisher.Pipeline;

public sealed record DocumentTiming(string DocumentId, int Pages, TimeSpan Elapsed);
