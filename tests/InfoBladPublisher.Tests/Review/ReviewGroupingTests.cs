using InfoBladPublisher.Rendering.Browser;
using InfoBladPublisher.Review;
using InfoBladPublisher.Review.Report;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Review;

/// <summary>One template change on several documents is shown once (issue 24); a page with more than that change is not hidden in the group.</summary>
public sealed class ReviewGroupingTests
{
    [Fact]
    public async Task The_same_template_change_on_several_documents_Should_be_one_group_shown_once()
    {
        using var sides = new ReviewSides();
        sides.Change("templates/print/huisstijl.typ", t => ReplaceFirst(t, "gegeven(\"Datum\", doc.datum)", "gegeven(\"Dagtekening\", doc.datum)"))
            .Change("content/documenten/nota-c/tekst.md", t => t.Replace("Een besluit.", "Een ander besluit.", StringComparison.Ordinal));
        var plan = ReviewSelectionTests.Plan(sides);
        var basePath = (await ReviewSelectionTests.Publish(sides, "base", plan.BaseDocuments)).ReleasePath!;
        var headPath = (await ReviewSelectionTests.Publish(sides, "head", plan.HeadDocuments)).ReleasePath!;

        var same = SameOutputs.Between(basePath, headPath);
        ReleaseComparison comparison;
        var browser = await BrowserHost.StartAsync(new BrowserOptions(BrowserOptions.DefaultChromium));
        await using (browser)
        {
            var before = await ReleaseSideReader.ReadAsync(basePath, browser, same);
            var after = await ReleaseSideReader.ReadAsync(headPath, browser, same);
            comparison = ReleaseComparer.Compare(before, after, VisualTolerance.Default, plan, same);
        }

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(["nota-a", "nota-b", "nota-d"], group.Members.Select(m => m.DocumentId));
        Assert.All(group.Members, m => Assert.Equal("pdf-01.png", m.Page));
        Assert.Contains("−Datum +Dagtekening", group.Description, StringComparison.Ordinal);
        Assert.Equal(DocumentChange.Changed, comparison.Documents.Single(d => d.Id == "nota-c").Change); // its own change keeps it apart
        Assert.Equal(Sameness.SameBytes, comparison.Documents.Single(d => d.Id == "bijlage-e").Same); // shares the layout file, same pages
        Assert.Equal(["pdf-01.png"], comparison.Documents.Single(d => d.Id == "nota-a").ChangedPages.Select(p => p.Name)); // its web page is the same bytes: not pictured

        using var report = new TempTree();
        ReportWriter.Write(comparison, report.Root, "main", "werkkopie");
        var html = await File.ReadAllTextAsync(report.PathOf(ReportWriter.IndexFile));
        Assert.Equal(2, html.Split("data-pagina=\"pdf-01.png\"").Length - 1); // nota-a's page in full, and nota-c's; not nota-b's or nota-d's
        Assert.True(File.Exists(report.PathOf("img/nota-b/pdf-01.nieuw.png")), "a grouped page keeps its thumbnail");
        Assert.Contains("1. 3 pagina's: PDF", await File.ReadAllTextAsync(report.PathOf(ReportWriter.SummaryFile)), StringComparison.Ordinal); // the group, in the summary
    }

    [Fact]
    public void Words_that_only_moved_between_lines_Should_not_count_as_a_change()
    {
        var (lost, gained) = PageGroups.WordChange(
        [
            new TextLine(TextLineKind.Removed, "Datum 7 juni", null),
            new TextLine(TextLineKind.Added, "Dagtekening 7", null),
            new TextLine(TextLineKind.Added, "juni", null),
            new TextLine(TextLineKind.Same, "Ons kenmerk", null),
        ]);

        Assert.Equal(["Datum"], lost);
        Assert.Equal(["Dagtekening"], gained);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the layout any more");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
