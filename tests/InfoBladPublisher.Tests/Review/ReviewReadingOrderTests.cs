using AngleSharp.Html.Parser;
using InfoBladPublisher.Review.Report;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Review;

/// <summary>
/// The report leads with the words (issue 33): documents whose text changed come first, marked word by word,
/// before documents that came or went and before layout-only changes, in the report and in summary.md alike.
/// </summary>
public sealed class ReviewReadingOrderTests
{
    private static readonly string[] Body = ["Aanleiding", "De minister besluit de termijn te verlengen.", "Pagina 1 van 1"];

    /// <summary>"a-kleur": a colour changed (same text); "m-nieuw": added; "z-zin": one word changed. By id, the colour comes first.</summary>
    private static ReleaseComparison Comparison()
    {
        var kleur = ReviewDocuments.Side("a-kleur", "Kleur", Body);
        var zinBefore = ReviewDocuments.Side("z-zin", "Zin", Body);
        var zinAfter = ReviewDocuments.Side("z-zin", "Zin", ["Aanleiding", "De minister besluit de termijn te verkorten.", "Pagina 1 van 1"]);
        var added = new DocumentComparison("m-nieuw", "Nieuw", DocumentChange.Added, [], [], []);
        return ReviewDocuments.Of(ReviewDocuments.Changed(kleur, kleur), added, ReviewDocuments.Changed(zinBefore, zinAfter));
    }

    [Fact]
    public void Documents_whose_text_changed_Should_come_first_in_the_report()
    {
        using var report = new TempTree();
        ReportWriter.Write(Comparison(), report.Root, "main", "werkkopie");

        var page = new HtmlParser().ParseDocument(File.ReadAllText(report.PathOf(ReportWriter.IndexFile)));
        var sections = page.QuerySelectorAll("section[data-document]").ToList();
        Assert.Equal(["z-zin", "m-nieuw", "a-kleur"], sections.Select(s => s.GetAttribute("data-document")));
        Assert.Equal(["gewijzigd", "geheel", "alleen-opmaak"], sections.Select(s => s.GetAttribute("data-tekst")));
        Assert.Contains("alleen opmaak", sections[2].QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_Should_mark_exactly_the_changed_words()
    {
        using var report = new TempTree();
        ReportWriter.Write(Comparison(), report.Root, "main", "werkkopie");

        var page = new HtmlParser().ParseDocument(File.ReadAllText(report.PathOf(ReportWriter.IndexFile)));
        var doc = page.QuerySelector("section[data-document=z-zin]")!;
        var words = doc.QuerySelector("ol.woordverschil")!;
        Assert.Equal(["verlengen."], words.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Equal(["verkorten."], words.QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Equal("Pagina 1: De minister besluit de termijn te verlengen. verkorten.", words.QuerySelector("li")!.TextContent);

        // The page's own text diff marks the same word, not the whole line.
        var onPage = doc.QuerySelector("ol.tekstverschil")!;
        Assert.Equal(["verlengen."], onPage.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Equal(["verkorten."], onPage.QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Null(page.QuerySelector("section[data-document=a-kleur] ol.woordverschil"));
    }

    [Fact]
    public void Documents_whose_text_changed_Should_come_first_in_the_summary_with_their_words()
    {
        var summary = SummaryWriter.Write(Comparison(), "main", []);

        var rows = summary.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Document", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)).ToList();
        Assert.Equal(["| z-zin |", "| m-nieuw |", "| a-kleur |"], rows.Select(r => r[..(r.IndexOf(" |", 2, StringComparison.Ordinal) + 2)]));
        Assert.EndsWith("| 1 blok gewijzigd |", rows[0], StringComparison.Ordinal);
        Assert.EndsWith("| alleen opmaak |", rows[2], StringComparison.Ordinal);
        Assert.Contains("<details><summary>Zin (z-zin): 1 gewijzigd blok</summary>\n<ol>\n<li>Pagina 1: De minister besluit de termijn te <del>verlengen.</del> <ins>verkorten.</ins></li>\n</ol>\n</details>\n\n", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Kleur (a-kleur)", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, "0 gewijzigde pagina's")]
    [InlineData(1, 0, "1 gewijzigde pagina")]
    [InlineData(11, 0, "11 gewijzigde pagina's")]
    [InlineData(3, 1, "3 gewijzigde pagina's, waarvan 2 in 1 groep met dezelfde wijziging")]
    [InlineData(11, 2, "11 gewijzigde pagina's, waarvan 4 in 2 groepen met dezelfde wijziging")]
    public void The_summary_Should_count_pages_and_groups_truly_with_plurals_right(int pages, int groups, string expected)
    {
        var documents = Enumerable.Range(1, pages)
            .Select(i => new DocumentComparison($"d{i:00}", "T", DocumentChange.Changed, [], [new PageChange("pdf-01.png", [1], [2], [3], 0.1, [])], []))
            .ToList();
        var comparison = new ReleaseComparison(documents, InfoBladPublisher.Review.VisualTolerance.Default)
        {
            Groups = [.. Enumerable.Range(0, groups).Select(g => new PageGroup(g + 1, "x", [new PageRef($"d{2 * g + 1:00}", "pdf-01.png"), new PageRef($"d{2 * g + 2:00}", "pdf-01.png")]))],
        };

        var summary = SummaryWriter.Write(comparison, "main", ["a.md:1:1: error IBP001: x"]);

        Assert.Contains($"; {expected}; 1 fout of waarschuwing in de nieuwe versie.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("in 0 groep", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewritten_document_Should_show_its_first_blocks_in_the_summary_and_say_how_many_more()
    {
        var lines = Enumerable.Range(0, SummaryWriter.BlocksPerDocument + 5).Select(i => $"regel {i} blijft").ToArray();
        var before = ReviewDocuments.Side("d", "D", [.. lines.SelectMany(l => new[] { l, "tussen" })]);
        var after = ReviewDocuments.Side("d", "D", [.. lines.SelectMany(l => new[] { l.Replace("blijft", "anders", StringComparison.Ordinal), "tussen" })]);
        var comparison = ReviewDocuments.Of(ReviewDocuments.Changed(before, after));
        Assert.Equal(SummaryWriter.BlocksPerDocument + 5, comparison.Documents[0].TextChanges.Count);

        var summary = SummaryWriter.Write(comparison, "main", []);

        Assert.Equal(SummaryWriter.BlocksPerDocument + 1, summary.Split("<li>").Length - 1); // the blocks and the note
        Assert.Contains("<li>en 5 blokken meer: zie het rapport</li>", summary, StringComparison.Ordinal);
    }
}
