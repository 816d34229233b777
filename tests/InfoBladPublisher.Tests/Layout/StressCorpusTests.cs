using InfoBladPublisher.Tests.Rendering;
using InfoBladPublisher.Tests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>The layout gate on the stress corpus: every document published, and every note on its call's page by an independent reading of the PDF.</summary>
public sealed class StressCorpusTests : IClassFixture<StressCorpusRun>
{
    private const double LetterBodyRight = 410; // pt: the colofon column starts at 153 mm

    private readonly StressCorpusRun _run;
    private readonly ITestOutputHelper _output;

    public StressCorpusTests(StressCorpusRun run, ITestOutputHelper output)
    {
        _run = run;
        _output = output;
    }

    [Fact]
    public void The_corpus_Should_be_as_varied_as_the_issue_asks()
    {
        Assert.True(_run.Corpus.Documents.Count >= 20, "at least 20 documents");
        Assert.True(_run.Corpus.Documents.Sum(d => d.Notes) >= 400, "at least 400 notes");
        Assert.Contains(_run.Corpus.Documents, d => d.HasChart);
        Assert.Contains(_run.Corpus.Documents, d => d.Type == "bijlage");
        Assert.Contains(_run.Corpus.Documents, d => d.Afzender == "bzk");
    }

    [Fact]
    public void Every_document_Should_pass_the_layout_gate()
    {
        Assert.True(_run.Result.Succeeded, string.Join("\n", _run.Result.Diagnostics.Take(40)));
        Assert.Empty(_run.Result.Diagnostics);
        var pages = _run.Result.Timings.Sum(t => t.Pages);
        _output.WriteLine($"seed {_run.Seed}: {_run.Corpus.Documents.Count} documents, {pages} pages, {_run.Corpus.Documents.Sum(d => d.Notes)} notes, {_run.Result.Total.TotalSeconds:0} s");
        Assert.All(_run.Result.Timings, t => Assert.InRange(t.Pages, 2, 20));
    }

    /// <summary>Content nobody tuned the templates to: tables, charts, lists and notes of every size, and the index of 20+.</summary>
    [Fact]
    public async Task Every_web_page_Should_have_no_axe_violation_at_either_width()
    {
        Assert.True(_run.Result.Succeeded);
        var found = await Axe.ViolationsInAsync(Directory.GetFiles(_run.Result.ReleasePath!, "*.html").Order(StringComparer.Ordinal));

        Assert.True(found.Count == 0, string.Join("\n", found.Take(40)));
    }

    [Fact]
    public void Every_note_Should_be_at_the_foot_of_the_page_that_cites_it_read_from_the_pdf()
    {
        Assert.True(_run.Result.Succeeded);
        foreach (var document in _run.Corpus.Documents)
        {
            using var pdf = PdfDocument.Open(_run.PdfPath(document.Id));
            var markersInOrder = new List<int>();
            foreach (var page in pdf.GetPages())
            {
                // Calls are set at 70% of 9 pt in the text; markers at 70% of 7 pt at the page foot.
                var calls = PdfText.SmallNumbers(page, size => size is > 5.5 and < 6.45, LetterBodyRight);
                var markers = PdfText.SmallNumbers(page, size => size <= 5.5, LetterBodyRight);
                Assert.True(calls.SequenceEqual(markers), $"{document.Id} page {page.Number}: calls [{string.Join(",", calls)}] but notes [{string.Join(",", markers)}]");
                markersInOrder.AddRange(markers);
            }

            Assert.Equal(Enumerable.Range(1, document.Notes), markersInOrder);
        }
    }
}
