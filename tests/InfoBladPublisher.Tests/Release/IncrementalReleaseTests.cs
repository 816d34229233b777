using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Release;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>
/// What a rebuild renders again, through whole publishes: exactly the documents whose inputs changed (a dataset,
/// a font), pages kept from the HTML cache are the pages a render gives, and an unchanged tree is not published
/// again unless its release was touched.
/// </summary>
public sealed class IncrementalReleaseTests
{
    private const string Dataset = """
        titel: Aanvragen per jaar
        bron: proef
        peildatum: 2025-01-01
        versie: "1"
        eenheid: aanvragen
        fictief: ja
        sleutel: jaar
        kolommen:
          - naam: jaar
            titel: Jaar
            type: tekst
            definitie: Kalenderjaar.
          - naam: ingediend
            titel: Ingediend
            type: geheel
            definitie: Ingediende aanvragen.
        """;

    private static PublishOptions Options(ContentTree tree, string version, string? nodeModules = null) =>
        new(tree.ContentRoot, RepoPaths.Templates, nodeModules ?? RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), version)
        {
            CacheFolder = Path.Combine(tree.Root, "cache"),
        };

    private static async Task<PublishResult> PublishAsync(PublishOptions options)
    {
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string[] Rendered(PublishResult result) =>
        result.Timings.Where(t => !t.FromCache).Select(t => t.DocumentId).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Three notas: "nota" without the dataset, "reeks" and "ander" each with a series of their own.</summary>
    private static ContentTree WithDatasets()
    {
        var tree = new ContentTree();
        foreach (var id in new[] { "reeks", "ander" })
        {
            tree.Write($"content/datasets/{id}/dataset.yml", Dataset);
            tree.Write($"content/datasets/{id}/data.csv", $"jaar,ingediend\n2022,10\n2023,{(id == "reeks" ? 12 : 20)}\n");
            tree.Nota(ContentTree.NotaYamlWithoutNotes + $"datasets:\n  {id}: \"1\"\n", $"# Cijfers\n\nDe aanvragen per jaar.\n\n::tabel[{id}]\n", id: id);
        }

        return tree;
    }

    [Fact]
    public async Task A_changed_dataset_Should_render_exactly_the_documents_that_use_it()
    {
        using var tree = WithDatasets();
        Assert.Equal(["ander", "nota", "reeks"], Rendered(await PublishAsync(Options(tree, "v1"))));

        File.WriteAllText(Path.Combine(tree.ContentRoot, "datasets", "reeks", "data.csv"), "jaar,ingediend\n2022,10\n2023,13\n");
        var second = await PublishAsync(Options(tree, "v2"));

        Assert.Equal(["reeks"], Rendered(second));
        Assert.Contains("13", Text(second, "reeks"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_font_Should_render_every_document_that_loads_it()
    {
        using var tree = new ContentTree();
        var nodeModules = Path.Combine(tree.Root, "node_modules");
        CopyFolder(RepoPaths.NodeModules, nodeModules);
        await PublishAsync(Options(tree, "v1", nodeModules));
        var unused = await PublishAsync(Options(tree, "v2", nodeModules));

        // Another cut of the same typeface in place of the regular weight: a different file Typst lays the PDF out with.
        var fonts = Path.Combine(nodeModules, "@expo-google-fonts", "fira-sans");
        File.Copy(Path.Combine(fonts, "400Regular_Italic", "FiraSans_400Regular_Italic.ttf"), Path.Combine(fonts, "400Regular", "FiraSans_400Regular.ttf"), overwrite: true);
        var changed = await PublishAsync(Options(tree, "v3", nodeModules));

        Assert.Empty(Rendered(unused));
        Assert.Equal(["nota"], Rendered(changed));
    }

    [Fact]
    public async Task Pages_from_the_html_cache_Should_be_the_pages_a_render_gives_and_a_damaged_entry_Should_be_rendered_again()
    {
        using var tree = WithDatasets();
        var cold = await PublishAsync(Options(tree, "koud"));
        foreach (var entry in Directory.GetFiles(Path.Combine(tree.Root, "cache", "html"), "*.web.html"))
        {
            File.AppendAllText(entry, "<!-- beschadigd -->");
        }

        var warm = await PublishAsync(Options(tree, "warm"));
        var fresh = await PublishAsync(Options(tree, "vers") with { CacheFolder = null });

        foreach (var id in new[] { "nota", "reeks", "ander" })
        {
            foreach (var file in new[] { id + ".pdf", id + ".html" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(fresh.ReleasePath!, file)), File.ReadAllBytes(Path.Combine(cold.ReleasePath!, file)));
                Assert.Equal(File.ReadAllBytes(Path.Combine(fresh.ReleasePath!, file)), File.ReadAllBytes(Path.Combine(warm.ReleasePath!, file)));
            }
        }
    }

    [Fact]
    public async Task An_unchanged_tree_Should_not_be_published_again_and_a_touched_release_Should_be()
    {
        using var tree = new ContentTree();
        var first = await PublishAsync(Options(tree, "v"));
        var log = new StringWriter();

        var again = await new PublishPipeline().RunAsync(Options(tree, "v"), log);

        Assert.True(again.Succeeded);
        Assert.Equal(PublishOutcome.UpToDate, again.Outcome);
        Assert.All(again.Timings, t => Assert.True(t.FromCache));

        var pdf = Path.Combine(first.ReleasePath!, "nota.pdf");
        var good = File.ReadAllBytes(pdf);
        var bad = (byte[])good.Clone();
        bad[bad.Length / 2] ^= 1;
        File.WriteAllBytes(pdf, bad);
        var repair = new StringWriter();
        var repaired = await new PublishPipeline().RunAsync(Options(tree, "v"), repair);

        Assert.True(repaired.Succeeded);
        Assert.Equal(PublishOutcome.Restored, repaired.Outcome);
        Assert.Equal(good, File.ReadAllBytes(pdf));
        Assert.Empty(ReleaseCheck.Problems(first.ReleasePath!));
    }

    [Fact]
    public async Task A_changed_text_Should_be_published_again_even_with_the_same_version_when_replacing()
    {
        using var tree = new ContentTree();
        await PublishAsync(Options(tree, "v"));
        File.AppendAllText(Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md"), "\nEen nieuwe zin.\n");

        var second = await PublishAsync(Options(tree, "v") with { Replace = true });

        Assert.Equal(["nota"], Rendered(second));
        Assert.Contains("Een nieuwe zin.", File.ReadAllText(Path.Combine(second.ReleasePath!, "nota.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publish_Should_say_where_its_time_went_and_start_no_print_engine_when_nothing_is_rendered()
    {
        using var tree = new ContentTree();
        var rendered = await PublishAsync(Options(tree, "v1"));
        var kept = await PublishAsync(Options(tree, "v2"));
        var upToDate = await PublishAsync(Options(tree, "v2"));

        string[] stages =
        [
            "check whether the release is up to date (its inputs listed, every file of it hashed)",
            "load and check the content, datasets and templates",
            "make every document's HTML (kept ones from the cache)",
            "PDF: cache lookups, renders and the layout gate",
            "of which starting the print engine",
            "of which closing the print engine",
            "write the release to staging, read it back, swap it in",
            "record the up-to-date stamp",
        ];
        Assert.Equal(stages, rendered.Stages.Select(s => s.Stage));
        Assert.Equal(stages.Where(s => !s.StartsWith("of which", StringComparison.Ordinal)), kept.Stages.Select(s => s.Stage));
        Assert.Equal([stages[0]], upToDate.Stages.Select(s => s.Stage));
        var whole = rendered.Stages.Where(s => !s.IsPart).Sum(s => s.Elapsed.TotalMilliseconds);
        Assert.InRange(whole, 1, rendered.Total.TotalMilliseconds + 1);
        var pdf = rendered.Stages.Single(s => s.Stage.StartsWith("PDF", StringComparison.Ordinal)).Elapsed;
        Assert.All(rendered.Stages.Where(s => s.IsPart), part => Assert.True(part.Elapsed <= pdf, part.Stage));
    }

    [Fact]
    public async Task A_changed_input_Should_start_the_print_engine_early_and_a_touch_that_changes_no_page_Should_close_it_unused()
    {
        using var tree = new ContentTree();
        await PublishAsync(Options(tree, "v1"));
        var body = Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md");
        File.AppendAllText(body, "\nEen nieuwe zin.\n");
        var changed = await PublishAsync(Options(tree, "v2"));
        File.SetLastWriteTimeUtc(body, DateTime.UtcNow.AddMinutes(1));
        var touched = await PublishAsync(Options(tree, "v3"));

        const string early = Pagination.EarlyStartPart;
        Assert.Equal(["nota"], Rendered(changed));
        Assert.Contains(changed.Stages, s => s.Stage == early && s.IsPart);
        Assert.Empty(Rendered(touched));
        Assert.Contains(touched.Stages, s => s.Stage == early && s.IsPart);
        Assert.Equal(File.ReadAllBytes(Path.Combine(changed.ReleasePath!, "nota.pdf")), File.ReadAllBytes(Path.Combine(touched.ReleasePath!, "nota.pdf")));
    }

    private static string Text(PublishResult result, string id) => File.ReadAllText(Path.Combine(result.ReleasePath!, id + ".html"));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
