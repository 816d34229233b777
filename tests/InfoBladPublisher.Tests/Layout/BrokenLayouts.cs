using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>Publishes a small content tree through the real pipeline, with Typst rules added to the nota's print layout before its body.</summary>
internal static class BrokenLayouts
{
    /// <param name="houseStyle">A change to huisstijl.typ (the page furniture and the marks), or null.</param>
    /// <param name="intern">The internal build (INTERN on every page).</param>
    public static async Task<(PublishResult Result, ContentTree Tree)> PublishAsync(string body, string extraRules = "", Func<string, string>? houseStyle = null, bool intern = false)
    {
        var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYamlWithoutNotes, body);
        var templates = tree.CopyOfTemplates();
        var layout = Path.Combine(templates, "print", "nota.typ");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("#blokken(doc.body)", extraRules + "\n#blokken(doc.body)", StringComparison.Ordinal));
        if (houseStyle is not null)
        {
            var file = Path.Combine(templates, "print", "huisstijl.typ");
            var before = File.ReadAllText(file);
            var after = houseStyle(before);
            Assert.NotEqual(before, after); // the change must still find what it changes
            File.WriteAllText(file, after);
        }

        var options = new PublishOptions(tree.ContentRoot, templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "test") { Intern = intern };
        return (await new PublishPipeline().RunAsync(options, TextWriter.Null), tree);
    }

    /// <summary>Publishes, expects the release refused, and returns the one diagnostic with <paramref name="code"/>.</summary>
    public static async Task<Diagnostic> RefusedAsync(string body, string extraRules, string code)
    {
        var (result, tree) = await PublishAsync(body, extraRules);
        using var _ = tree;
        return Only(result, code);
    }

    /// <summary>Plain paragraphs of about <paramref name="lines"/> lines each.</summary>
    public static string Paragraph(int lines) =>
        string.Join(' ', Enumerable.Repeat("Dit is een zin van gewone lengte die een regel in de kolom ongeveer voor de helft vult.", lines * 2));

    public static Diagnostic Only(PublishResult result, string code)
    {
        Assert.Null(result.ReleasePath);
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }
}
