namespace InfoBladPublisher.Review.Report;

public enum DocumentChange
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>One line of a page's text diff. <paramref name="OtherPage"/> is set when the line moved between pages.</summary>
public sealed record TextLine(TextLineKind Kind, string Text, int? OtherPage);

public enum TextLineKind
{
    Same,
    Removed,
    Added,
    MovedAway,
    MovedHere,
}

/// <param name="Name">The snapshot name: pdf-01.png, web-0390.png.</param>
/// <param name="Ratio">Share of differing pixels (1 when the size changed or one side is missing).</param>
public sealed record PageChange(string Name, byte[]? Base, byte[]? Head, byte[]? Diff, double Ratio, IReadOnlyList<TextLine> Text)
{
    public bool IsPdfPage => Name.StartsWith("pdf-", StringComparison.Ordinal);

    public int? PageNumber => IsPdfPage ? int.Parse(Name[4..6], System.Globalization.CultureInfo.InvariantCulture) : null;

    public string Label => LabelOf(Name);

    /// <summary>"Pagina 2" for pdf-02.png, "Webpagina 390 px" for web-0390.png.</summary>
    public static string LabelOf(string name) => name.StartsWith("pdf-", StringComparison.Ordinal)
        ? $"Pagina {int.Parse(name[4..6], System.Globalization.CultureInfo.InvariantCulture)}"
        : $"Webpagina {int.Parse(name[4..8], System.Globalization.CultureInfo.InvariantCulture)} px";
}

public sealed record MetadataChange(string Field, string Base, string Head);

public sealed record DocumentComparison(
    string Id,
    string Title,
    DocumentChange Change,
    IReadOnlyList<MetadataChange> Metadata,
    IReadOnlyList<PageChange> ChangedPages,
    IReadOnlyList<string> UnchangedPages);

public sealed record ReleaseComparison(IReadOnlyList<DocumentComparison> Documents, VisualTolerance Tolerance)
{
    public int Count(DocumentChange change) => Documents.Count(d => d.Change == change);

    public int ChangedPageCount => Documents.Sum(d => d.ChangedPages.Count);
}
