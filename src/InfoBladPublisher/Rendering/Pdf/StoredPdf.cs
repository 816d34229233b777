namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>A PDF kept on disk (the cache, or a run's spool): where it is, what it hashed to when it was checked, and its pages.</summary>
internal sealed record StoredPdf(string Path, string Sha256, long Length, int Pages)
{
    /// <summary>The Woo bars on its pages, as the layout probe found them when it was made.</summary>
    public IReadOnlyList<RedactionLocation> Redactions { get; init; } = [];
}
