using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InfoBladPublisher.Publishing.Site;
using InfoBladPublisher.Tests.Rendering;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Site;

/// <summary>Each seed's page in the public release shows what its sources say: document.yml, the sender's file, tekst.md and the files beside it.</summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed partial class DocumentPageTests
{
    private static readonly string[] Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private readonly PublishedSeeds _seeds;

    public DocumentPageTests(PublishedSeeds seeds) => _seeds = seeds;

    // The categories docs/publishing.md states: a Kamerbrief's default, which its bijlage takes; art. 3.1 for the rest.
    [Theory]
    [InlineData(PublishedSeeds.NotaId, "inspanningsverplichting art 3.1 Woo")]
    [InlineData(PublishedSeeds.BijlageId, "vergaderstukken Staten-Generaal")]
    [InlineData(PublishedSeeds.InformatiebladId, "inspanningsverplichting art 3.1 Woo")]
    [InlineData(PublishedSeeds.KamerbriefId, "vergaderstukken Staten-Generaal")]
    public void A_seeds_page_Should_show_its_sources(string id, string categorie)
    {
        var source = Path.Combine(RepoPaths.Content, "documenten", id);
        var yaml = YamlAsJson.Read(File.ReadAllText(Path.Combine(source, "document.yml")))!;
        var sender = YamlAsJson.Read(File.ReadAllText(Path.Combine(RepoPaths.Content, "organisaties", (string)yaml["afzender"]! + ".yml")))!;
        var page = Open(id);
        var fields = Fields(page);

        Assert.Equal((string)yaml["titel"]!, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal((string)yaml["type"]!, page.QuerySelector(".documentpagina__soort")!.TextContent.Trim());
        var datum = DateOnly.ParseExact((string)yaml["datum"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"{datum.Day} {Months[datum.Month - 1]} {datum.Year}", fields["Datum"]);
        Assert.Equal((string?)yaml["kenmerk"] ?? "geen", fields["Kenmerk"]);
        Assert.StartsWith((string)yaml["status"]!, fields["Status"], StringComparison.Ordinal);
        Assert.StartsWith((string)sender["ministerie"]! + "\n" + (string)sender["onderdeel"]!, fields["Afzender"], StringComparison.Ordinal);
        Assert.Equal(categorie, fields["Informatiecategorie"]);

        // The summary: samenvatting, else the first paragraph of tekst.md.
        var summary = page.QuerySelector("#samenvatting + p")!.TextContent;
        var first = (string?)yaml["samenvatting"] ?? FirstParagraph(File.ReadAllText(Path.Combine(source, "tekst.md")));
        Assert.StartsWith(string.Join(' ', first.Split(' ').Take(4)), summary, StringComparison.Ordinal);

        // Downloads: size and pages of the files the release has.
        var downloads = page.QuerySelectorAll(".downloads li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, downloads.Count);
        var pdf = Path.Combine(_seeds.ReleasePath, id + ".pdf");
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Contains($"PDF/UA-1, {Download.SizeText(new FileInfo(pdf).Length)}, {read.NumberOfPages} pagina", downloads[0], StringComparison.Ordinal);
        Assert.Contains($"PDF/A-2a, {Download.SizeText(new FileInfo(Path.Combine(_seeds.ReleasePath, id + ".pdfa.pdf")).Length)}, {read.NumberOfPages} pagina", downloads[1], StringComparison.Ordinal);
        Assert.Contains($"HTML, {Download.SizeText(new FileInfo(Path.Combine(_seeds.ReleasePath, id + ".html")).Length)}", downloads[2], StringComparison.Ordinal);
        Assert.Equal([$"../{id}.pdf", $"../{id}.pdfa.pdf", $"../{id}.html"], page.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_withheld_passages_Should_be_counted_per_ground_and_never_shown()
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Content, "documenten", PublishedSeeds.BijlageId, "document.yml"))
            + File.ReadAllText(Path.Combine(RepoPaths.Content, "documenten", PublishedSeeds.BijlageId, "tekst.md"));
        var grounds = Lak().Matches(source).GroupBy(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(grounds);
        var html = File.ReadAllText(Path.Combine(_seeds.ReleasePath, SiteDocument.PageOf(PublishedSeeds.BijlageId)));
        var page = new HtmlParser().ParseDocument(html);

        var items = page.QuerySelectorAll("#gelakt ~ ul li").Select(li => li.TextContent).ToList();
        Assert.Equal(grounds.Select(g => $"{g.Count()} {(g.Count() == 1 ? "passage" : "passages")} op grond van artikel {g.Key} Woo").Order(StringComparer.Ordinal), items.Select(i => i[..i.IndexOf(" Woo", StringComparison.Ordinal)] + " Woo").Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Testpersoon", html, StringComparison.Ordinal);
        Assert.Null(Open(PublishedSeeds.NotaId).QuerySelector("#gelakt"));
    }

    [Fact]
    public void Related_documents_Should_be_linked_both_ways()
    {
        Assert.Equal([("Hoort bij:", PublishedSeeds.KamerbriefId + ".html")], Relations(PublishedSeeds.BijlageId));
        Assert.Equal([("Bijlage:", PublishedSeeds.BijlageId + ".html")], Relations(PublishedSeeds.KamerbriefId));
        Assert.Contains(("Verwijst naar:", PublishedSeeds.InformatiebladId + ".html"), Relations(PublishedSeeds.NotaId));
        Assert.Contains(("Genoemd in:", PublishedSeeds.NotaId + ".html"), Relations(PublishedSeeds.InformatiebladId));
    }

    private List<(string, string)> Relations(string id) =>
        Open(id).QuerySelectorAll(".samenhang li").Select(li => (li.QuerySelector(".samenhang__rol")!.TextContent, li.QuerySelector("a")!.GetAttribute("href")!)).ToList();

    private IDocument Open(string id) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_seeds.ReleasePath, SiteDocument.PageOf(id))));

    /// <summary>Each dt with its dd's text, line breaks as '\n'.</summary>
    private static Dictionary<string, string> Fields(IDocument page) =>
        page.QuerySelectorAll(".gegevens div").ToDictionary(
            div => div.QuerySelector("dt")!.TextContent.Trim(),
            div => string.Join("\n", div.QuerySelector("dd")!.ChildNodes.Where(n => n is not IElement { LocalName: "br" }).Select(n => n.TextContent.Trim())),
            StringComparer.Ordinal);

    /// <summary>The first paragraph of tekst.md that is not a heading, without Markdown's emphasis.</summary>
    private static string FirstParagraph(string markdown) =>
        markdown.Replace("\r", string.Empty, StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).First(p => p.Length > 0 && !p.StartsWith('#')).Replace("*", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"\{lak ([0-9.a-z]+)\}")]
    private static partial Regex Lak();
}
