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
    public void Render_html_only_Should_not_write_a_PDF()
    {
        using var tree = new ContentTree();
        var output = Path.Combine(tree.Root, "uit");

        var (exit, _, stderr) = CliProcess.Run("render", "nota", "--html", "--content", tree.ContentRoot, "--out", output);

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

    [Fact]
    public void Render_Should_template_only_the_named_documents()
    {
        // The web layout fails for one document only; rendering the other must neither run nor report it.
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("Een proefnota", "Kapot", StringComparison.Ordinal), ContentTree.NotaBody, id: "kapot");
        var templates = tree.CopyOfTemplates();
        var layout = Path.Combine(templates, "layouts", "nota.sbn");
        File.WriteAllText(layout, "{{ if doc.titel == \"Kapot\"; doc.onbekend; end }}" + File.ReadAllText(layout));
        var output = Path.Combine(tree.Root, "uit");

        var (exit, _, stderr) = CliProcess.Run("render", "nota", "--content", tree.ContentRoot, "--templates", templates, "--out", output);
        var (brokenExit, _, brokenErrors) = CliProcess.Run("render", "kapot", "--html", "--content", tree.ContentRoot, "--templates", templates, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal(["nota.html", "nota.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(1, brokenExit);
        Assert.Contains("nota.sbn", brokenErrors, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_timings_Should_list_the_stages_and_the_documents_layout_phases()
    {
        using var tree = new ContentTree();
        var output = Path.Combine(tree.Root, "uit");

        var (exit, stdout, stderr) = CliProcess.Run("render", "nota", "--pdf", "--timings", "--content", tree.ContentRoot, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal(["nota.pdf"], Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Contains(" s  load and check the content", stdout, StringComparison.Ordinal);
        Assert.Contains(" s  make the documents' print data", stdout, StringComparison.Ordinal);
        Assert.Contains(" s  nota: typst: compile", stdout, StringComparison.Ordinal);
        Assert.Contains(" s  PDF: layout and the layout gate", stdout, StringComparison.Ordinal);
    }
}
