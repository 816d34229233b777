namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>A PDF kept on disk (the cache, or a run's spool): where it is, what it hashed to when it was checked, and its pages.</summary>
/// <param name="Archive">Its PDF/A-2a copy, kept beside it.</param>
internal sealed record StoredPdf(string Path, string Sha256, long Length, int Pages, StoredCopy Archive)
{
    /// <summary>The Woo bars on its pages, as the gate found them when it was made.</summary>
    public IReadOnlyList<RedactionLocation> Redactions { get; init; } = [];
}

/// <summary>Another file of the same cache entry.</summary>
internal sealed record StoredCopy(string Path, string Sha256, long Length);
