using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

public sealed class FootnoteValidationTests
{
    [Fact]
    public void A_note_cited_but_not_defined_Should_point_at_the_call_in_the_markdown()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody.Replace("noot.[^bron]", "noot.[^bronn]", StringComparison.Ordinal));

        var diagnostics = tree.Check().Diagnostics;

        var undefined = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.FootnoteUndefined);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/tekst.md"), 3, 20), undefined.Position);
        Assert.Contains("did you mean 'bron'?", undefined.Message, StringComparison.Ordinal);

        // The YAML note 'bron' is now cited by nobody, which is the second half of the same mistake.
        var unused = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.FootnoteUnused);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/document.yml"), 9, 3), unused.Position);
    }

    [Fact]
    public void A_markdown_note_never_cited_Should_point_at_its_definition()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\n[^over]: Niemand verwijst hiernaar.\n");

        var d = Assert.Single(tree.Check().Diagnostics);
        Assert.Equal(DiagnosticCodes.FootnoteUnused, d.Code);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/tekst.md"), 10, 1), d.Position);
    }

    [Fact]
    public void A_note_defined_in_yaml_and_markdown_Should_be_a_duplicate()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\n[^bron]: Nog een keer.\n");

        var d = Assert.Single(tree.Check().Diagnostics);
        Assert.Equal(DiagnosticCodes.FootnoteDuplicate, d.Code);
        Assert.Equal(10, d.Position.Line);
    }
}
