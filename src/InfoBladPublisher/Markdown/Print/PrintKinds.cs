namespace InfoBladPublisher.Markdown.Print;

/// <summary>
/// Every kind of node the print data holds, in one place: the renderers write these, the print layouts
/// (<c>templates/print/*.typ</c>) lay them out, and the template guide lists each with its fields.
/// <c>PrintContractTests</c> holds the three to each other.
/// </summary>
internal static class PrintKinds
{
    // Blocks.
    public const string Heading = "h";
    public const string Paragraph = "p";
    public const string List = "list";
    public const string Quote = "quote";
    public const string Table = "table";
    public const string DataTable = "datatable";
    public const string Chart = "chart";
    public const string Code = "code";
    public const string Rule = "hr";
    public const string BlockBar = "blockbar";
    public const string InternBegin = "internbegin";
    public const string InternEnd = "interneind";

    // Inlines.
    public const string Emphasis = "em";
    public const string Strong = "strong";
    public const string Strike = "del";
    public const string LineBreak = "br";
    public const string Link = "link";
    public const string Image = "img";
    public const string Note = "note";
    public const string NoteRef = "noteref";
    public const string Bar = "bar";
    public const string Intern = "intern";

    /// <summary>Both: where a repair starts a new page.</summary>
    public const string NewPage = "nieuwe-pagina";

    /// <summary>The block kinds, then the inline kinds (<c>code</c> is both: a block and a code span).</summary>
    public static IReadOnlyList<string> Blocks { get; } = [Heading, Paragraph, List, Quote, Table, DataTable, Chart, Code, Rule, BlockBar, InternBegin, InternEnd, NewPage];

    public static IReadOnlyList<string> Inlines { get; } = [Emphasis, Strong, Strike, Code, LineBreak, Link, Image, Note, NoteRef, Bar, Intern, NewPage];

    public static IReadOnlySet<string> All { get; } = Blocks.Concat(Inlines).ToHashSet(StringComparer.Ordinal);
}
