using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary><c>infoblad render</c>: the named documents in a plain folder, no release; an unknown name writes nothing.</summary>
public sealed class RenderCommandTests
{
    [Fact]
    public void Render_Should_write_the_named_document_and_nothing_else()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id: "tweede");
        var output = Path.Combine(tree.Root, "uit");

        var (exit, stdout, stderr) = CliProcess.Run("render", "tweede", "--content", tree.ContentRoot, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal(["tweede.html", "tweede.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(Path.Combine(output, "tweede.pdf"))[..4]);
        Assert.Contains("Een proefnota", File.ReadAllText(Path.Combine(output, "tweede.html")), StringComparison.Ordinal);
        Assert.Contains("wrote ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_html_only_Should_not_start_a_browser_or_write_a_PDF()
    {
        using var tree = new ContentTree();
        var output = Path.Combine(tree.Root, "uit");

        var (exit, _, stderr) = CliProcess.Run("render", "nota", "--html", "--content", tree.ContentRoot, "--out", output, "--chromium", "/bestaat/niet");

        Assert.True(exit == 0, stderr);
        Assert.Equal(["nota.html"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unknown_document_Should_be_IBP024_with_a_suggestion_and_write_nothing()
    {
        using var tree = new ContentTree();
        var output = Path.Combine(tree.Root, "uit");

        var (exit, _, stderr) = CliProcess.Run("render", "notta", "--content", tree.ContentRoot, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("error IBP024: no document 'notta'", stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'nota'?", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
