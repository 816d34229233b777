using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>Publishes a small content tree through the real pipeline, with a line of CSS added to the print stylesheet.</summary>
internal static class BrokenLayouts
{
    public static async Task<(PublishResult Result, ContentTree Tree)> PublishAsync(string body, string extraPrintCss = "", string? organisation = null)
    {
        var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYamlWithoutNotes, body);
        if (organisation is not null)
        {
            tree.Write("content/organisaties/proef.yml", organisation);
        }

        var templates = Path.Combine(tree.Root, "templates");
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.AppendAllText(Path.Combine(templates, "assets", "css", "print.css"), "\n" + extraPrintCss + "\n");
        var options = new PublishOptions(tree.ContentRoot, templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "test", "/usr/bin/chromium");
        return (await new PublishPipeline().RunAsync(options, TextWriter.Null), tree);
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
