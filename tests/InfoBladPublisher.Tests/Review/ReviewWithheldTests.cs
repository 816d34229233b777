using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Rendering.Browser;
using InfoBladPublisher.Review;
using InfoBladPublisher.Review.Report;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Review;

/// <summary>
/// A nota whose withheld passage and one visible word change between base and head, published the public way
/// (as the Preview does) and, for the head, the internal way too.
/// </summary>
public sealed class ReviewWithheldFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Each written only inside a Woo marking: the base's, the head's, and one the same on both sides.</summary>
    public static readonly string[] Secrets = ["Lakgeheimbasis", "Lakgeheimnieuw", "Blijftgeheim"];

    private readonly TempTree _work = new();

    public string BaseRelease { get; private set; } = null!;

    public string HeadRelease { get; private set; } = null!;

    public string InternRelease { get; private set; } = null!;

    public ReleaseComparison Comparison { get; private set; } = null!;

    public string ReportFolder => _work.PathOf("report");

    public async Task InitializeAsync()
    {
        using var baseTree = new ContentTree();
        baseTree.Nota(ContentTree.NotaYaml, Body("Lakgeheimbasis", "noot"));
        using var headTree = new ContentTree();
        headTree.Nota(ContentTree.NotaYaml, Body("Lakgeheimnieuw", "voetnoot"));

        var pipeline = new PublishPipeline();
        string Publish(PublishResult result) => result.Succeeded ? result.ReleasePath! : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        BaseRelease = Publish(await pipeline.RunAsync(Options(baseTree, "base"), TextWriter.Null));
        HeadRelease = Publish(await pipeline.RunAsync(Options(headTree, "head"), TextWriter.Null));
        InternRelease = Publish(await pipeline.RunAsync(Options(headTree, "head") with { Intern = true }, TextWriter.Null));

        var browser = await BrowserHost.StartAsync(new BrowserOptions(BrowserOptions.DefaultChromium));
        await using (browser)
        {
            var (before, after) = await ReleaseSideReader.ReadBothAsync(BaseRelease, HeadRelease, browser);
            Comparison = ReleaseComparer.Compare(before, after, VisualTolerance.Default);
        }

        ReportWriter.Write(Comparison, ReportFolder, "main", "werkkopie");
    }

    private static string Body(string secret, string word) => $$"""
        # Aanleiding

        Tekst met een {{word}}.[^bron] Gesproken met {lak 5.1.2e}{{secret}} van de afdeling{/lak} op 3 juni.

        # Besluit

        Nog een zin met een tweede noot.[^eigen] Zie {lak 5.1.2e}Blijftgeheim{/lak}.

        [^eigen]: Een noot in de Markdown.
        """;

    private PublishOptions Options(ContentTree tree, string version) =>
        new(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, _work.PathOf("releases"), version) { CacheFolder = _work.PathOf("cache/" + version) };

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _work.Dispose();
}

/// <summary>Withheld (Woo) text never reaches a review's diff, report or summary (issue 33).</summary>
public sealed class ReviewWithheldTests(ReviewWithheldFixture fixture) : IClassFixture<ReviewWithheldFixture>
{
    [Fact]
    public void The_public_review_Should_show_the_changed_word_and_no_withheld_word()
    {
        var nota = fixture.Comparison.Documents.Single(d => d.Id == "nota");
        var words = nota.TextChanges.SelectMany(c => c.Words).ToList();
        // The note's number follows the word in the text layer; the withheld passage reads as its ground.
        Assert.Equal(["Removed noot.1", "Added voetnoot.1"], words.Where(w => w.Kind != WordKind.Same).Select(w => $"{w.Kind} {w.Text}"));

        var written = new[] { ReportWriter.IndexFile, ReportWriter.SummaryFile }.Select(f => File.ReadAllText(Path.Combine(fixture.ReportFolder, f)));
        foreach (var secret in ReviewWithheldFixture.Secrets)
        {
            Assert.DoesNotContain(words, w => w.Text.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.All(written, text => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task The_internal_build_Should_hold_the_withheld_words_and_be_refused_by_the_review()
    {
        // The internal build does show them: so reading it would leak them.
        var pdf = Snapshot.Documents(fixture.InternRelease).Single(d => d.Id == "nota").Pdf;
        var text = string.Join("\n", (await PdfPageText.ReadAsync(pdf)).SelectMany(p => p));
        Assert.Contains("Lakgeheimnieuw", text, StringComparison.Ordinal);

        var diagnostics = new DiagnosticBag();
        Assert.False(PublicReleases.Check(fixture.BaseRelease, fixture.InternRelease, diagnostics));
        var refused = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.InternalBuildReviewed, "--head"), (refused.Code, refused.Position.File));
        Assert.True(PublicReleases.Check(fixture.BaseRelease, fixture.HeadRelease, new DiagnosticBag()));

        var browser = await BrowserHost.StartAsync(new BrowserOptions(BrowserOptions.DefaultChromium));
        await using (browser)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => ReleaseSideReader.ReadAsync(fixture.InternRelease, browser));
        }
    }

    [Fact]
    public void The_review_command_Should_refuse_an_internal_build_with_IBP049_before_reading_it()
    {
        using var report = new TempTree();
        var (exit, stdout, stderr) = CliProcess.Run("review", "--base", fixture.InternRelease, "--head", fixture.HeadRelease, "--output", report.PathOf("preview"));

        Assert.Equal(1, exit);
        Assert.StartsWith("--base:1:1: error IBP049: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.False(Directory.Exists(report.PathOf("preview")), stdout);
    }
}
