using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace InfoBladPublisher.Tests.Rendering;

[Collection(PublishedSeedsGroup.Name)]
public sealed class HtmlPageTests
{
    private readonly PublishedSeeds _seeds;

    public HtmlPageTests(PublishedSeeds seeds) => _seeds = seeds;

    private static IHtmlDocument Open(string file)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        return parser.ParseDocument(File.ReadAllText(file));
    }

    [Theory]
    [MemberData(nameof(PublishedSeeds.Ids), MemberType = typeof(PublishedSeeds))]
    public void The_page_Should_be_Dutch_with_landmarks_a_title_and_a_heading_outline(string id)
    {
        using var doc = Open(_seeds.HtmlPath(id));

        Assert.Equal("nl", doc.DocumentElement.GetAttribute("lang"));
        Assert.Single(doc.QuerySelectorAll("main"));
        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.NotEmpty(doc.QuerySelectorAll("main h2"));
        Assert.False(string.IsNullOrWhiteSpace(doc.Title));
    }

    [Fact]
    public void The_nota_colofon_Should_be_a_definition_list()
    {
        using var doc = Open(_seeds.HtmlPath(PublishedSeeds.NotaId));

        var terms = doc.QuerySelectorAll("aside.colofon dl dt").Select(e => e.TextContent.Trim()).ToList();
        var values = doc.QuerySelectorAll("aside.colofon dl dd").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["Datum", "Ons kenmerk"], terms);
        Assert.Equal(["7 juni 2024", "5277899"], values);
    }

    [Theory]
    [MemberData(nameof(PublishedSeeds.Ids), MemberType = typeof(PublishedSeeds))]
    public void Every_note_Should_be_linked_both_ways(string id)
    {
        using var doc = Open(_seeds.HtmlPath(id));

        var calls = doc.QuerySelectorAll("a[role=doc-noteref]").Cast<IHtmlAnchorElement>().ToList();
        var notes = doc.QuerySelectorAll("section[role=doc-endnotes] li").ToList();
        Assert.NotEmpty(notes);
        Assert.Equal(notes.Count, calls.Select(c => c.GetAttribute("href")).Distinct().Count());
        foreach (var call in calls)
        {
            var note = doc.GetElementById(call.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(note);
            var back = note!.QuerySelector("a[role=doc-backlink]")!.GetAttribute("href")!.TrimStart('#');
            Assert.NotNull(doc.GetElementById(back));
        }
    }

    [Theory]
    [MemberData(nameof(PublishedSeeds.Ids), MemberType = typeof(PublishedSeeds))]
    public void The_page_Should_load_nothing_from_outside_itself(string id)
    {
        var text = File.ReadAllText(_seeds.HtmlPath(id));
        using var doc = Open(_seeds.HtmlPath(id));

        var sources = doc.QuerySelectorAll("img[src], script[src], link[href], source[src], iframe[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!)
            .ToList();
        Assert.All(sources, s => Assert.StartsWith("data:", s, StringComparison.Ordinal));
        Assert.Empty(doc.QuerySelectorAll("link[rel=stylesheet]"));
        foreach (System.Text.RegularExpressions.Match url in System.Text.RegularExpressions.Regex.Matches(text, @"url\(\s*[""']?(?<u>[^""')]+)"))
        {
            // url(#id) points inside the page (an SVG clip path); anything else must be inlined data.
            var target = url.Groups["u"].Value;
            Assert.True(target.StartsWith("data:", StringComparison.Ordinal) || target.StartsWith('#'), $"external url({target})");
        }
    }

    [Fact]
    public void The_index_Should_list_every_document_with_its_page_count()
    {
        using var doc = Open(Path.Combine(_seeds.ReleasePath, "index.html"));
        var rows = doc.QuerySelectorAll(".lijst__item").ToList();
        Assert.Equal(PublishedSeeds.DocumentCount, rows.Count);
        var nota = rows.Single(r => r.TextContent.Contains("5277899", StringComparison.Ordinal));
        Assert.Contains("7 juni 2024", nota.TextContent, StringComparison.Ordinal);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(_seeds.PdfPath(PublishedSeeds.NotaId));
        Assert.Contains($"({pdf.NumberOfPages} pagina's,", nota.QuerySelector(".lijst__formaten")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(nota.QuerySelector($"a[href='documenten/{PublishedSeeds.NotaId}.html']"));
        Assert.NotNull(nota.QuerySelector($"a[href='{PublishedSeeds.NotaId}.pdf']"));
        Assert.NotNull(nota.QuerySelector($"a[href='{PublishedSeeds.NotaId}.html']"));
    }
}
