using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Preview;

/// <summary>The preview re-renders only the documents a change touched, and every document when the templates change.</summary>
public sealed class RenderCacheTests
{
    private static HtmlStage.Output Render(ContentTree tree, string templates, RenderCache cache)
    {
        var diagnostics = new DiagnosticBag();
        var output = CheckPipeline.Render(tree.ContentRoot, templates, RepoPaths.NodeModules, diagnostics, cache);
        Assert.Empty(diagnostics.ToSortedList());
        return output!;
    }

    [Fact]
    public void A_saved_document_Should_be_rendered_again_and_the_others_kept()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id: "tweede");
        var cache = new RenderCache();
        Render(tree, RepoPaths.Templates, cache);
        Assert.Equal(0, cache.Reused);

        File.AppendAllText(Path.Combine(tree.ContentRoot, "documenten", "tweede", "tekst.md"), "\n\nEen nieuwe zin.\n");
        var second = Render(tree, RepoPaths.Templates, cache);

        Assert.Equal(1, cache.Reused);
        Assert.Contains("Een nieuwe zin.", second.Documents.Single(d => d.Document.Id == "tweede").WebHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Een nieuwe zin.", second.Documents.Single(d => d.Document.Id == "nota").WebHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_change_Should_render_every_document_again()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id: "tweede");
        var templates = tree.CopyOfTemplates();
        var cache = new RenderCache();
        Render(tree, templates, cache);

        var layout = Path.Combine(templates, "layouts", "nota.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</main>", "<p>Sjabloonwijziging</p></main>", StringComparison.Ordinal));
        var second = Render(tree, templates, cache);

        Assert.Equal(0, cache.Reused);
        Assert.All(second.Documents, d => Assert.Contains("Sjabloonwijziging", d.WebHtml, StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_document_Should_render_the_others_again_for_their_links()
    {
        using var tree = new ContentTree();
        var cache = new RenderCache();
        Render(tree, RepoPaths.Templates, cache);

        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id: "tweede");
        Render(tree, RepoPaths.Templates, cache);

        Assert.Equal(0, cache.Reused);
    }
}
