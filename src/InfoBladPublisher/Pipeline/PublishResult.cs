using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Pipeline;

public sealed record PublishResult(string? ReleasePath, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<DocumentTiming> Timings, TimeSpan Total)
{
    public bool Succeeded => ReleasePath is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
