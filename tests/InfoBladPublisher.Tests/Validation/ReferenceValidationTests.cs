using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

public sealed class ReferenceValidationTests
{
    [Fact]
    public void An_unknown_afzender_Should_point_at_the_value_and_suggest_the_nearest_organisation()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("afzender: proef", "afzender: proev", StringComparison.Ordinal), ContentTree.NotaBody);

        var d = Assert.Single(tree.Check().Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownOrganisation, d.Code);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/document.yml"), 5, 11), d.Position);
        Assert.Contains("did you mean 'proef'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hoofddocument_that_does_not_exist_Should_be_reported()
    {
        using var tree = new ContentTree();
        tree.Nota("type: bijlage\ntitel: B\ndatum: 2024-06-19\nkenmerk: \"9\"\nafzender: proef\nstatus: definitief\nbijlage_nummer: 1\nhorend_bij: X\nhoofddocument: nota-die-er-niet-is\n", "Tekst.\n", "bijlage");

        var d = Assert.Single(tree.Check().Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownParentDocument, d.Code);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/bijlage/document.yml"), 9, 16), d.Position);
    }

    [Fact]
    public void A_hoofddocument_that_exists_Should_be_accepted()
    {
        using var tree = new ContentTree();
        tree.Nota("type: bijlage\ntitel: B\ndatum: 2024-06-19\nkenmerk: \"9\"\nafzender: proef\nstatus: definitief\nbijlage_nummer: 1\nhorend_bij: X\nhoofddocument: nota\n", "Tekst.\n", "bijlage");

        Assert.Empty(tree.Check().Diagnostics);
    }

    [Fact]
    public void A_document_folder_without_tekst_Should_be_reported()
    {
        using var tree = new ContentTree();
        tree.Write("content/documenten/leeg/document.yml", ContentTree.NotaYaml);

        var d = Assert.Single(tree.Check().Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingFile, d.Code);
        Assert.Equal(tree.DisplayOf("documenten/leeg/tekst.md"), d.Position.File);
    }

    [Fact]
    public void A_logo_outside_the_content_folder_Should_be_refused()
    {
        using var tree = new ContentTree();
        tree.Write("content/organisaties/proef.yml", ContentTree.Organisation + "\nlogo: ../../../etc/passwd\n");

        var diagnostics = tree.Check().Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.PathOutsideRoot && d.Position.Line == 9);
    }

    [Fact]
    public void A_remote_image_in_markdown_Should_be_refused()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\n![grafiek](https://example.org/grafiek.png)\n");

        var d = Assert.Single(tree.Check().Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, d.Code);
        Assert.Equal(10, d.Position.Line);
    }

    [Fact]
    public void A_broken_organisation_file_Should_be_reported_once_not_again_by_each_document()
    {
        using var tree = new ContentTree();
        tree.Write("content/organisaties/proef.yml", "ministerie: M\n");

        var d = Assert.Single(tree.Check().Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingKey, d.Code);
        Assert.Equal(tree.DisplayOf("organisaties/proef.yml"), d.Position.File);
    }
}
