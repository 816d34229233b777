using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InfoBladPublisher.Review.Report;
using InfoBladPublisher.Tests.Support;
using Markdig;

namespace InfoBladPublisher.Tests.Review;

/// <summary>
/// Text from a pull request cannot make markup in summary.md (read as GitHub reads it: Markdown with tables,
/// autolinks and the usual extensions, raw HTML inside &lt;details&gt;) nor in the HTML report. Hostile titles, ids,
/// inputs, words, labels and messages come out as the same text, and the only elements are the writers' own.
/// </summary>
public sealed class ReviewEscapingTests
{
    public static TheoryData<string> Hostile() =>
    [
        "<script>alert(1)</script>",
        "](javascript:alert(1))",
        "[klik](javascript:alert(1))",
        "![beeld](https://example.org/x.png)",
        "`code` en ``meer``",
        "a | b | c",
        "*vet* en **vetter** en _schuin_",
        "# kop",
        "<!-- verborgen",
        "> citaat",
        "~~weg~~ ==gemarkeerd== ++ingevoegd++ ^hoog^",
        "$x^2$ en $$y$$",
        "&lt;b&gt; &amp; &#60;i&#62;",
        "<img src=x onerror=alert(1)>",
        "https://example.org en www.example.org",
        "\\*geen\\* \\",
        "{#id .klasse onclick=alert(1)}",
        "</details></summary></ol></li><h1>kop</h1>",
        "regel\n\n# kop op een eigen regel\n> citaat",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_in_the_summary_Should_come_out_as_the_same_text_and_no_markup(string hostile)
    {
        var summary = SummaryWriter.Write(Comparison(hostile), hostile, [$"content/x.md:1:1: error IBP001: {hostile}"]);

        var html = Markdig.Markdown.ToHtml(summary, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var page = new HtmlParser().ParseDocument(html);

        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "html", "head", "body", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "details", "summary", "ol", "ul", "li", "ins", "del", "code" };
        Assert.Empty(page.All.Select(e => e.LocalName).Where(n => !allowed.Contains(n)).Distinct());
        Assert.Empty(Comments(page));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name is not ("align" or "id"));

        // The words: each changed word once in its <del> or <ins>, nothing else marked.
        var flat = Flat(hostile);
        Assert.Equal(Words(Old(hostile)), page.QuerySelectorAll("details del").Select(e => e.TextContent));
        Assert.Equal(Words(hostile), page.QuerySelectorAll("details ins").Select(e => e.TextContent));

        // The title, the id, the input and the label as text; the table keeps its five columns.
        Assert.Contains($"{flat} (z-{flat})", page.QuerySelector("details summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Voorvertoning tegen " + flat, page.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("table tbody tr");
        Assert.All(rows, r => Assert.Equal(5, r.Children.Length));
        Assert.Equal($"z-{flat}", rows[0].Children[0].TextContent);
        Assert.Equal($"tekst.md; {flat}", rows[0].Children[2].TextContent);

        // The head's message, exactly as printed.
        Assert.Equal($"content/x.md:1:1: error IBP001: {flat}", page.QuerySelector("li > code")!.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_in_the_report_Should_come_out_as_the_same_text_and_no_markup(string hostile)
    {
        using var report = new TempTree();
        ReportWriter.Write(Comparison(hostile), report.Root, hostile, hostile, [$"content/x.md:1:1: error IBP001: {hostile}"]);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(report.PathOf(ReportWriter.IndexFile)));

        Assert.Single(page.Scripts); // report.js, and nothing of the pull request's
        Assert.Empty(Comments(page));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.QuerySelectorAll("h1").Skip(1));

        var doc = page.QuerySelector("section[data-tekst=gewijzigd]")!;
        Assert.StartsWith(hostile, doc.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"z-{hostile}", doc.GetAttribute("data-document"));
        var words = doc.QuerySelector("ol.woordverschil")!;
        Assert.Equal(Words(Old(hostile)), words.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Equal(Words(hostile), words.QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Contains(page.QuerySelectorAll("section.fouten code"), c => c.TextContent == $"content/x.md:1:1: error IBP001: {hostile}");
    }

    /// <summary>One document whose title, id, changed input and words are all the hostile text; its one changed line changes every word.</summary>
    private static ReleaseComparison Comparison(string hostile)
    {
        var before = ReviewDocuments.Side("z-" + hostile, hostile, ["Vast begin", Old(hostile), "Vast einde"]);
        var after = ReviewDocuments.Side("z-" + hostile, hostile, ["Vast begin", hostile, "Vast einde"]);
        var layoutOnly = ReviewDocuments.Side("a", "A", ["Zelfde"]);
        return ReviewDocuments.Of(
            ReviewDocuments.Changed(before, after) with { ChangedInputs = ["tekst.md", hostile] },
            ReviewDocuments.Changed(layoutOnly, layoutOnly));
    }

    /// <summary>The base's line: each word of the hostile text with "oud" before it, so every word differs.</summary>
    private static string Old(string hostile) => string.Join(' ', Words(hostile).Select(w => "oud" + w));

    /// <summary>Every word of a line: a word never holds white space, and a text ends no line in the summary.</summary>
    private static string[] Words(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Flat(string text) => text.Replace('\n', ' ');

    private static IEnumerable<INode> Comments(INode node) =>
        node.ChildNodes.Where(n => n.NodeType == NodeType.Comment).Concat(node.ChildNodes.SelectMany(Comments));
}
