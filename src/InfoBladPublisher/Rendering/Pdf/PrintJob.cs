namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>One document to lay out: the layout to compile and every file it may read, by its path in the Typst root.</summary>
/// <param name="Main">The layout, e.g. <c>/print/nota.typ</c>.</param>
/// <param name="Files">The layouts, the house style's tokens (<c>/huisstijl.json</c>), the document's data (<c>/document.json</c>), its logo, images and charts.</param>
/// <param name="FixedDate">The PDF's date, so a rebuild gives the same bytes.</param>
internal sealed record PrintJob(string DocumentId, string Main, IReadOnlyDictionary<string, byte[]> Files, DateOnly FixedDate)
{
    /// <summary>
    /// The standards to export this layout to, in order; both by default. A layout the gate may still send back
    /// for repairs needs only the accessible file; the archive copy follows once the gate has judged it.
    /// </summary>
    public IReadOnlyList<string> Standards { get; init; } = [TypstEngine.Accessible, TypstEngine.Archival];

    /// <summary>
    /// Export the layout the worker compiled last for this job, if it still holds it, instead of compiling again
    /// (the files are sent all the same, so a worker that no longer holds it compiles them).
    /// </summary>
    public bool Reuse { get; init; }

    /// <summary>What names this exact layout: the document and a hash of every file it reads.</summary>
    public string Key => DocumentId + " " + Common.Hashing.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(string.Concat(
        Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + " " + Common.Hashing.Sha256Hex(f.Value) + "\n"))));
}
