namespace InfoBladPublisher.Release;

/// <summary>
/// One file of a release: small ones (index, manifest) in memory, PDFs and web pages as a file in the cache, copied
/// into the staging folder and checked against <see cref="Sha256"/> on the way.
/// </summary>
internal sealed record ReleaseFile(string Path, byte[] Content)
{
    /// <summary>Copy the release file from here instead of writing <see cref="Content"/>.</summary>
    public string? SourcePath { get; init; }

    public string Sha256 { get; init; } = Common.Hashing.Sha256Hex(Content);

    public long Length { get; init; } = Content.LongLength;

    public static ReleaseFile From(string path, Rendering.Pdf.StoredPdf stored) => From(path, new StoredPage(stored.Path, stored.Sha256, stored.Length));

    public static ReleaseFile From(string path, Rendering.Pdf.StoredCopy stored) => From(path, new StoredPage(stored.Path, stored.Sha256, stored.Length));

    public static ReleaseFile From(string path, StoredPage stored) =>
        new(path, []) { SourcePath = stored.Path, Sha256 = stored.Sha256, Length = stored.Length };
}
