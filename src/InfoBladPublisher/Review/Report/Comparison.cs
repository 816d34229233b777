namespace InfoBladPublisher.Review.Report;

public enum DocumentChange
{
    Unchanged,
    Changed,
    Added,
    Removed,

    /// <summary>The plan meant to render it on the head, and the head's publish refused (its errors are listed).</summary>
    NotPublished,
}

/// <summary>Why an unchanged document is unchanged: the cheapest proof that held.</summary>
public enum Sameness
{
    /// <summary>Rendered on both sides and compared page by page: no page differs.</summary>
    SamePictures,

    /// <summary>Rendered on both sides: the PDF and the web page are byte for byte the same, so never pictured.</summary>
    SameBytes,

    /// <summary>Every input the same on both sides: not rendered for the review at all.</summary>
    SameInputs,
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
    /// <summary>Where the pixels differ; null when a side is missing or the size changed.</summary>
    public PixelRegion? Region { get; init; }

    /// <summary>For a web page: the row of the full page where the pictures (the band that changed) begin.</summary>
    public int BandTop { get; init; }

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
    IReadOnlyList<string> UnchangedPages)
{
    /// <summary>The inputs that differ between the sides (from the review plan); empty without one.</summary>
    public IReadOnlyList<string> ChangedInputs { get; init; } = [];

    public Sameness Same { get; init; } = Sameness.SamePictures;

    /// <summary>The blocks of the PDF text whose words changed (<see cref="Report.TextChanges"/>); empty when only the layout did.</summary>
    public IReadOnlyList<TextChange> TextChanges { get; init; } = [];

    public bool TextChanged => TextChanges.Count > 0;
}

public sealed record ReleaseComparison(IReadOnlyList<DocumentComparison> Documents, VisualTolerance Tolerance)
{
    /// <summary>Changed pages whose difference is the same, shown once (<see cref="PageGroups"/>).</summary>
    public IReadOnlyList<PageGroup> Groups { get; init; } = [];

    public int Count(Sameness same) => Documents.Count(d => d.Change == DocumentChange.Unchanged && d.Same == same);

    public int Count(DocumentChange change) => Documents.Count(d => d.Change == change);

    public int ChangedPageCount => Documents.Sum(d => d.ChangedPages.Count);

    /// <summary>
    /// The documents that differ, as a reviewer reads them: words first (changed text), then whole documents
    /// (added, removed, not published), then layout only; by id within each part.
    /// </summary>
    public IReadOnlyList<DocumentComparison> ChangedInReadingOrder =>
        [.. Documents.Where(d => d.Change != DocumentChange.Unchanged).OrderBy(Part).ThenBy(d => d.Id, StringComparer.Ordinal)];

    private static int Part(DocumentComparison doc) => doc.Change switch
    {
        DocumentChange.Changed when doc.TextChanged => 0,
        DocumentChange.Changed => 2,
        _ => 1,
    };
}
