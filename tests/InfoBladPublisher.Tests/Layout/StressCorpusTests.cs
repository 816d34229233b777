using InfoBladPublisher.Tests.Support;
using Xunit.Abstractions;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>The layout gate on the stress corpus: every document published, and every note on its call's page by an independent reading of the PDF.</summary>
public sealed class StressCorpusTests : IClassFixture<StressCorpusRun>
{
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
        // The corpus's senders without a TOOI id are left out of the Woo-index sitemaps, and the build says so (IBP088).
        Assert.DoesNotContain(_run.Result.Diagnostics, d => d.Code != Diagnostics.DiagnosticCodes.NoPublisherId);
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
    public void Every_note_Should_be_at_the_foot_of_the_page_that_cites_it_read_from_the_pdf() => CorpusNotes.EachAtTheFootOfItsCallsPage(_run);
}
