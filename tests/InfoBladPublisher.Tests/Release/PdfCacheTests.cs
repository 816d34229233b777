using System.Text;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Release;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>The PDF cache re-renders exactly the documents whose inputs changed, and never lets a damaged entry into a release.</summary>
public sealed class PdfCacheTests
{
    private static async Task<PublishResult> PublishAsync(ContentTree tree, string templates, string version)
    {
        var options = new PublishOptions(tree.ContentRoot, templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), version)
        {
            CacheFolder = Path.Combine(tree.Root, "cache"),
        };
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string[] Rendered(PublishResult result) =>
        result.Timings.Where(t => !t.FromCache).Select(t => t.DocumentId).Order(StringComparer.Ordinal).ToArray();

    private static ContentTree TwoNotas()
    {
        var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id: "tweede");
        return tree;
    }

    [Fact]
    public async Task A_warm_run_Should_render_nothing_and_give_the_same_bytes_as_the_cold_run()
    {
        using var tree = TwoNotas();

        var cold = await PublishAsync(tree, RepoPaths.Templates, "koud");
        var warm = await PublishAsync(tree, RepoPaths.Templates, "warm");

        Assert.Equal(["nota", "tweede"], Rendered(cold));
        Assert.Empty(Rendered(warm));
        foreach (var id in new[] { "nota", "tweede" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(cold.ReleasePath!, id + ".pdf")), File.ReadAllBytes(Path.Combine(warm.ReleasePath!, id + ".pdf")));
        }
    }

    [Fact]
    public async Task A_changed_text_Should_render_only_its_document()
    {
        using var tree = TwoNotas();
        await PublishAsync(tree, RepoPaths.Templates, "v1");

        File.AppendAllText(Path.Combine(tree.ContentRoot, "documenten", "tweede", "tekst.md"), "\n\nEen zin erbij.\n");
        var second = await PublishAsync(tree, RepoPaths.Templates, "v2");

        Assert.Equal(["tweede"], Rendered(second));
    }

    [Fact]
    public async Task A_changed_organisation_Should_render_its_documents()
    {
        using var tree = TwoNotas();
        await PublishAsync(tree, RepoPaths.Templates, "v1");

        var organisation = Path.Combine(tree.ContentRoot, "organisaties", "proef.yml");
        File.WriteAllText(organisation, File.ReadAllText(organisation).Replace("Directie Testen", "Directie Proeven", StringComparison.Ordinal));
        var second = await PublishAsync(tree, RepoPaths.Templates, "v2");

        Assert.Equal(["nota", "tweede"], Rendered(second));
    }

    [Fact]
    public async Task A_template_Should_render_only_the_documents_that_use_it_and_a_shared_stylesheet_all()
    {
        using var tree = TwoNotas();
        var templates = tree.CopyOfTemplates();
        await PublishAsync(tree, templates, "v1");

        var bijlage = Path.Combine(templates, "print", "bijlage.typ");
        File.AppendAllText(bijlage, "\n#par[alleen bijlagen]\n");
        var unused = await PublishAsync(tree, templates, "v2");

        var print = Path.Combine(templates, "print", "huisstijl.typ");
        File.AppendAllText(print, "\n// een wijziging\n");
        var shared = await PublishAsync(tree, templates, "v3");

        Assert.Empty(Rendered(unused));
        Assert.Equal(["nota", "tweede"], Rendered(shared));
    }

    [Fact]
    public async Task A_damaged_entry_Should_be_rendered_again_and_never_reach_the_release()
    {
        using var tree = TwoNotas();
        var first = await PublishAsync(tree, RepoPaths.Templates, "v1");
        var good = File.ReadAllBytes(Path.Combine(first.ReleasePath!, "nota.pdf"));
        foreach (var entry in Directory.GetFiles(Path.Combine(tree.Root, "cache", "pdf"), "*.pdf"))
        {
            var bytes = File.ReadAllBytes(entry);
            bytes[bytes.Length / 2] ^= 0x20;
            File.WriteAllBytes(entry, bytes);
        }

        var second = await PublishAsync(tree, RepoPaths.Templates, "v2");

        Assert.Equal(["nota", "tweede"], Rendered(second));
        Assert.Equal(good, File.ReadAllBytes(Path.Combine(second.ReleasePath!, "nota.pdf")));
    }

    [Fact]
    public void The_key_Should_follow_every_file_Typst_reads_and_the_versions_and_nothing_else()
    {
        using var folder = new TempTree();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["/print/nota.typ"] = Encoding.UTF8.GetBytes("#let doc = json(\"/document.json\")"),
            ["/document.json"] = Encoding.UTF8.GetBytes("{\"titel\":\"a\"}"),
            ["/logo.svg"] = [1, 2, 3],
        };
        var cache = new PdfCache(folder.Root, "typst-ts-node-compiler 0.7.0");
        string Key(PdfCache c) => c.KeyOf(new Dictionary<string, byte[]>(files, StringComparer.Ordinal));

        var before = Key(cache);
        var again = Key(cache);
        files["/logo.svg"] = [1, 2, 4];
        var logo = Key(cache);
        files["/print/nota.typ"] = Encoding.UTF8.GetBytes("#let doc = json(\"/document.json\") ");
        var layout = Key(cache);
        var engine = Key(new PdfCache(folder.Root, "typst-ts-node-compiler 0.7.1"));

        Assert.Equal(before, again);
        Assert.NotEqual(before, logo);
        Assert.NotEqual(logo, layout);
        Assert.NotEqual(layout, engine);
    }
}
