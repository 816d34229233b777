using Xunit.Abstractions;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>
/// The layout gate on the corpus of layout traps (issue 32): every document published, none refused for a reason
/// of layout, and every note on its call's page by a reading of the PDF apart from the gate's.
/// </summary>
public sealed class TrapCorpusTests(TrapCorpusRun run, ITestOutputHelper output) : IClassFixture<TrapCorpusRun>
{
    [Fact]
    public void Every_document_Should_pass_the_layout_gate()
    {
        var notes = run.Corpus.Documents.Sum(d => d.Notes);
        output.WriteLine($"seed {run.Seed}: {run.Corpus.Documents.Count} documents, {run.Result.Timings.Sum(t => t.Pages)} pages, {notes} notes, {run.Result.Total.TotalSeconds:0} s");
        Assert.True(run.Result.Succeeded, string.Join("\n", run.Result.Diagnostics.Take(40)));
        // The corpus's senders without a TOOI id are left out of the Woo-index sitemaps, and the build says so (IBP088).
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Code != Diagnostics.DiagnosticCodes.NoPublisherId);
        Assert.True(notes >= 400, $"only {notes} notes");
    }

    [Fact]
    public void Every_note_Should_be_at_the_foot_of_the_page_that_cites_it_read_from_the_pdf() => CorpusNotes.EachAtTheFootOfItsCallsPage(run);
}
