namespace InfoBladPublisher.Rendering.Pdf;

/// <param name="BlockedRequests">Every URL the page tried to load from outside the local origin. Non-empty fails the build.</param>
/// <param name="MissingFiles">Local URLs the page asked for that do not exist.</param>
internal sealed record PdfResult(byte[] Pdf, int PageCount, IReadOnlyList<string> BlockedRequests, IReadOnlyList<string> MissingFiles, TimeSpan Elapsed)
{
    /// <summary>Where everything landed on the pages, for the layout gate; empty for an engine that cannot tell.</summary>
    public Layout.LayoutFacts Layout { get; init; } = new([]);

    /// <summary>The Woo bars on its pages, for the release's redaction inventory.</summary>
    public IReadOnlyList<RedactionLocation> Redactions { get; init; } = [];

    /// <summary>Notes laid out without <c>footnote-policy: line</c> because the engine looped on them (see <see cref="EngineStall"/>).</summary>
    public IReadOnlyList<int> FreedNotes { get; init; } = [];

    /// <summary>Taken from the cache: rendered and passed by the gate in an earlier run, with the same inputs.</summary>
    public bool FromCache { get; init; }

    /// <summary>
    /// Where the PDF is kept once it passed the gate (the cache or the run's spool): <see cref="Pdf"/> is then
    /// empty, so a release of any size never holds every PDF in memory at once.
    /// </summary>
    public StoredPdf? Stored { get; init; }

    /// <summary>How many times the engine laid the document out (footnote fixes and stalls add passes), and how many planned fixes were taken back.</summary>
    public (int Passes, int TakenBack) Passes { get; init; }

    /// <summary>Where the render time went, phase by phase; empty for a cached PDF.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Profile { get; init; } = [];
}
