using InfoBladPublisher.Rendering.Browser;
using AngleSharp.Html.Parser;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Review;
using InfoBladPublisher.Review.Report;
using InfoBladPublisher.Tests.Support;
using Microsoft.Playwright;

namespace InfoBladPublisher.Tests.Review;

/// <summary>A report built once from two small content trees: one word changed, one document added, one removed.</summary>
public sealed class ReviewReportFixture : IAsyncLifetime, IDisposable
{
    private const string Bijlage = "type: bijlage\ntitel: Een bijlage\ndatum: 2024-06-19\nkenmerk: \"9\"\nafzender: proef\nstatus: definitief\nbijlage_nummer: 1\nhorend_bij: X\n";

    private readonly TempTree _work = new();

    public ReleaseComparison Comparison { get; private set; } = null!;

    public string ReportFolder => _work.PathOf("report");

    public async Task InitializeAsync()
    {
        using var baseTree = new ContentTree();
        baseTree.Nota(Bijlage, "Deze bijlage vervalt.\n", "oud");
        using var headTree = new ContentTree();
        headTree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody.Replace("Tekst met een noot.", "Tekst met een voetnoot.", StringComparison.Ordinal));
        headTree.Nota(Bijlage, "Deze bijlage is nieuw.\n", "nieuw");

        var pipeline = new PublishPipeline();
        foreach (var (tree, name) in new[] { (baseTree, "base"), (headTree, "head") })
        {
            var result = await pipeline.RunAsync(new PublishOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, _work.PathOf("releases"), name), TextWriter.Null);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        var browser = await BrowserHost.StartAsync(new BrowserOptions(BrowserOptions.DefaultChromium));
        await using (browser)
        {
            var before = await ReleaseSideReader.ReadAsync(_work.PathOf("releases/base"), browser);
            var after = await ReleaseSideReader.ReadAsync(_work.PathOf("releases/head"), browser);
            Comparison = ReleaseComparer.Compare(before, after, VisualTolerance.Default);
        }

        ReportWriter.Write(Comparison, ReportFolder, "main", "werkkopie");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _work.Dispose();
}

public sealed class ReviewReportTests : IClassFixture<ReviewReportFixture>
{
    private readonly ReviewReportFixture _fixture;

    public ReviewReportTests(ReviewReportFixture fixture) => _fixture = fixture;

    private ReleaseComparison _comparison => _fixture.Comparison;

    private string ReportFolder => _fixture.ReportFolder;

    [Fact]
    public void The_comparison_Should_list_exactly_the_changed_pages()
    {
        var nota = _comparison.Documents.Single(d => d.Id == "nota");
        Assert.Equal(DocumentChange.Changed, nota.Change);
        Assert.Equal(["pdf-01.png", "web-0390.png", "web-1280.png"], nota.ChangedPages.Select(p => p.Name));
        Assert.Equal(DocumentChange.Added, _comparison.Documents.Single(d => d.Id == "nieuw").Change);
        Assert.Equal(DocumentChange.Removed, _comparison.Documents.Single(d => d.Id == "oud").Change);
    }

    [Fact]
    public void The_text_diff_Should_show_the_changed_line()
    {
        var page = _comparison.Documents.Single(d => d.Id == "nota").ChangedPages.Single(p => p.IsPdfPage);
        Assert.Contains(page.Text, l => l.Kind == TextLineKind.Removed && l.Text.Contains("Tekst met een noot.", StringComparison.Ordinal));
        Assert.Contains(page.Text, l => l.Kind == TextLineKind.Added && l.Text.Contains("Tekst met een voetnoot.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_Should_summarise_and_list_the_changed_pages()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(ReportFolder, ReportWriter.IndexFile)));
        string Count(string label) => page.QuerySelector($"dd[data-telling=\"{label}\"]")!.TextContent;
        Assert.Equal(("1", "1", "1"), (Count("Gewijzigd"), Count("Toegevoegd"), Count("Verwijderd")));

        var nota = page.QuerySelector("section[data-document=nota]")!;
        Assert.Equal(["pdf-01.png", "web-0390.png", "web-1280.png"], nota.QuerySelectorAll("[data-wijziging]").Select(a => a.GetAttribute("data-pagina")));
        Assert.Contains("| nota | gewijzigd | – | Pagina 1, Webpagina 390 px", File.ReadAllText(Path.Combine(ReportFolder, ReportWriter.SummaryFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_line_that_moved_Should_name_the_page_it_moved_to()
    {
        var before = new DocumentSide("d", new Dictionary<string, string>(), [["Alinea een", "Alinea twee"], ["Alinea drie"]], new Dictionary<string, byte[]>());
        var after = new DocumentSide("d", new Dictionary<string, string>(), [["Alinea een"], ["Alinea twee", "Alinea drie"]], new Dictionary<string, byte[]>());

        var page1 = ReleaseComparer.TextDiff(1, before, after);
        var page2 = ReleaseComparer.TextDiff(2, before, after);

        Assert.Contains(page1, l => l is { Kind: TextLineKind.MovedAway, Text: "Alinea twee", OtherPage: 2 });
        Assert.Contains(page2, l => l is { Kind: TextLineKind.MovedHere, Text: "Alinea twee", OtherPage: 1 });
    }

    [Fact]
    public async Task In_a_browser_without_network_every_image_Should_load_and_the_tools_Should_work()
    {
        var browser = await BrowserHost.StartAsync(new BrowserOptions(BrowserOptions.DefaultChromium));
        await using (browser)
        {
            var context = await browser.NewContextAsync(new ViewportSize { Width = 1440, Height = 900 });
            await using (context)
            {
                var outside = new List<string>();
                await context.RouteAsync("**/*", async route =>
                {
                    if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
                    {
                        await route.ContinueAsync();
                    }
                    else
                    {
                        outside.Add(route.Request.Url);
                        await route.AbortAsync();
                    }
                });
                var page = await context.NewPageAsync();
                await page.GotoAsync(new Uri(Path.Combine(ReportFolder, ReportWriter.IndexFile)).AbsoluteUri);
                await page.WaitForFunctionAsync("() => window.__reportReady === true && Array.from(document.images).every(i => i.complete)");

                Assert.Empty(outside);
                var broken = await page.EvaluateAsync<string[]>("() => Array.from(document.images).filter(i => i.naturalWidth === 0).map(i => i.getAttribute('src'))");
                Assert.Empty(broken);

                // The slider uncovers the new version from the left.
                var slider = page.Locator("section[data-document=nota] input[type=range]").First;
                await slider.FillAsync("20");
                var clip = await page.Locator("section[data-document=nota] .laag--nieuw").First.EvaluateAsync<string>("e => e.style.clipPath");
                Assert.Equal("inset(0px 0px 0px 20%)", clip);

                // From the top of the page, j moves to the first change and on to the next.
                await page.EvaluateAsync("() => document.activeElement.blur()");
                await page.Keyboard.PressAsync("j");
                Assert.Equal("wijziging-1", await page.EvaluateAsync<string>("() => document.activeElement.id"));
                await page.Keyboard.PressAsync("j");
                Assert.Equal("wijziging-2", await page.EvaluateAsync<string>("() => document.activeElement.id"));

                // On a changed page, v shows the diff.
                await page.EvaluateAsync("() => document.querySelector('section[data-document=nota] [data-wijziging]').focus()");
                await page.Keyboard.PressAsync("v");
                Assert.Equal("verschil", await page.Locator("section[data-document=nota] .vergelijk").First.GetAttributeAsync("data-modus"));
            }
        }
    }
}
