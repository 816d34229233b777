using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Pipeline;

public sealed record PublishResult(string? ReleasePath, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<DocumentTiming> Timings, TimeSpan Total)
{
    /// <summary>Where the PDFs of a release refused by the layout gate were put for inspection; never a release.</summary>
    public string? RejectedPath { get; init; }

    /// <summary>A shard's run: the cache folder its PDFs went to; it writes no release.</summary>
    public string? CachedInto { get; init; }

    /// <summary>What the run did; <see cref="PublishOutcome.Failed"/> unless a stage says otherwise.</summary>
    public PublishOutcome Outcome { get; init; } = PublishOutcome.Failed;

    /// <summary>For a replaced or refused version: the files that differ from the published release.</summary>
    public Release.ReleaseDifference? Difference { get; init; }

    /// <summary>Where the time went, stage by stage, up to where the run ended.</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];

    public bool Succeeded => (ReleasePath ?? CachedInto) is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
