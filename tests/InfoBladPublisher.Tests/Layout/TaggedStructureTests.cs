using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout;
using InfoBladPublisher.Layout.Rules;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>The PDF structure rule (IBP079) on a synthetic tag tree: each fault is named, a sound tree passes.</summary>
public sealed class TaggedStructureTests
{
    private static readonly LayoutFacts Page = PageBuilder.Document(new PageBuilder()
        .Text("3:1", 113, 600, "De tekst")
        .Text("9:1", 1000, 1030, "1 Een noot", region: "noot"));

    private static StructNode E(string type, int depth, string? parent = null, string? alt = null, string text = "", params string[] children) =>
        new(type, depth, parent, alt, 1, children, text);

    /// <summary>H1, H2, a list, a table with a header, a chart bar with its text; text read before the note.</summary>
    private static TaggedPdf Sound() => new(
        true, "nl", true, "Een nota",
        [
            E("Document", 0, children: ["H1", "H2", "L", "Table", "Figure"]),
            E("H1", 1, "Document", text: "Titel"),
            E("H2", 1, "Document", text: "Aanleiding"),
            E("L", 1, "Document", children: ["LI"]),
            E("LI", 2, "L", text: "een punt"),
            E("Table", 1, "Document", children: ["TR"]),
            E("TR", 2, "Table", children: ["TH"]),
            E("TH", 3, "TR", text: "Jaar"),
            E("Figure", 1, "Document", alt: "2023: 80 aanvragen"),
        ],
        [new FontEmbedding("AAAAAA+FiraSans-Regular", 1, true)],
        [new ReadingPiece(1, 0, "De tekst", 100, 200), new ReadingPiece(1, 1, "1 Een noot", 100, 1010)]);

    private static List<Diagnostic> Run(TaggedPdf pdf)
    {
        var bag = new DiagnosticBag();
        new TaggedStructure().Check(Page, PageBuilder.Context() with { Tagged = pdf }, bag);
        return bag.ToSortedList().ToList();
    }

    [Fact]
    public void A_sound_tree_Should_pass() => Assert.Empty(Run(Sound()));

    public static TheoryData<string, string> Faults => new()
    {
        { "untagged", "not tagged" },
        { "english", "not Dutch" },
        { "no title", "title bar" },
        { "font", "without embedding it" },
        { "skipped level", "the layout skips a level" },
        { "first heading", "is H2, not H1" },
        { "empty list", "has no list items" },
        { "stray item", "not inside a list" },
        { "headerless table", "no header cells" },
        { "figure without alt", "no alternative text" },
        { "note apart", "tagged apart from the text that cites it" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Each_fault_Should_be_IBP079_naming_it(string fault, string expected)
    {
        var sound = Sound();
        var broken = fault switch
        {
            "untagged" => sound with { Marked = false },
            "english" => sound with { Lang = "en-US" },
            "no title" => sound with { DisplayDocTitle = false },
            "font" => sound with { Fonts = [new FontEmbedding("Helvetica", 1, false)] },
            "skipped level" => sound with { Elements = Replace(sound, "H2", E("H3", 1, "Document", text: "Aanleiding")) },
            "first heading" => sound with { Elements = sound.Elements.Where(e => e.Type != "H1").ToList() },
            "empty list" => sound with { Elements = sound.Elements.Where(e => e.Type != "LI").Select(e => e.Type == "L" ? e with { ChildTypes = [] } : e).ToList() },
            "stray item" => sound with { Elements = Replace(sound, "LI", E("LI", 2, "Div", text: "een punt")) },
            "headerless table" => sound with { Elements = Replace(sound, "TH", E("TD", 3, "TR", text: "2023")) },
            "figure without alt" => sound with { Elements = Replace(sound, "Figure", E("Figure", 1, "Document")) },
            "note apart" => sound with { Elements = [.. sound.Elements, E("Note", 1, "Document", text: "1 Een noot")] },
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };

        var d = Assert.Single(Run(broken));
        Assert.Equal(DiagnosticCodes.PdfStructure, d.Code);
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    private static List<StructNode> Replace(TaggedPdf pdf, string type, StructNode with) =>
        pdf.Elements.Select(e => e.Type == type ? with : e).ToList();
}
