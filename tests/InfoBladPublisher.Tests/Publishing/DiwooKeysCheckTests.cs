using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Publishing;

/// <summary>The keys the Woo-index record needs, as <c>check</c> holds them: a value from its list, at its line, with did-you-mean.</summary>
public sealed class DiwooKeysCheckTests
{
    [Theory]
    [InlineData("informatiecategorie: vergaderstukken staten-generaal", "vergaderstukken Staten-Generaal")]
    [InlineData("informatiecategorie: adviezn", "adviezen")]
    [InlineData("documentsoort: kamerbrief", "Kamerbrief")]
    [InlineData("documentsoort: beslisnotas", "beslisnota")]
    public void A_value_not_in_its_TOOI_list_Should_be_refused_at_its_line_with_the_nearest_one(string line, string meant)
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("status: definitief", "status: definitief\n" + line, StringComparison.Ordinal), ContentTree.NotaBody);

        var error = Assert.Single(tree.Check().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal((DiagnosticCodes.InvalidValue, tree.DisplayOf("documenten/nota/document.yml"), 8), (error.Code, error.Position.File, error.Position.Line));
        Assert.Contains($"'{meant}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://identifier.overheid.nl/tooi/id/ministerie/mnre105")]
    [InlineData("http://identifier.overheid.nl/tooi/id/ministerie/mnre1058")]
    [InlineData("https://identifier.overheid.nl/tooi/id/ministerie/mnre1058/extra")]
    [InlineData("mnre1058")]
    public void A_malformed_organisation_TOOI_id_Should_be_refused_at_its_line(string uri)
    {
        using var tree = new ContentTree();
        tree.Write("content/organisaties/proef.yml", ContentTree.OrganisationWithoutTooi + $"\ntooi: {uri}\n");

        var error = Assert.Single(tree.Check().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal((DiagnosticCodes.BadOrganisationId, tree.DisplayOf("organisaties/proef.yml")), (error.Code, error.Position.File));
        Assert.Equal(ContentTree.OrganisationWithoutTooi.Split('\n').Length + 1, error.Position.Line);
    }

    [Fact]
    public void A_reference_to_a_document_that_does_not_exist_Should_be_refused_with_the_nearest_id()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("status: definitief", "status: definitief\nverwijst_naar:\n  - notb", StringComparison.Ordinal), ContentTree.NotaBody, id: "nota");
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id: "nota-b");

        var error = Assert.Single(tree.Check().Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal((DiagnosticCodes.UnknownRelatedDocument, tree.DisplayOf("documenten/nota/document.yml"), 9), (error.Code, error.Position.File, error.Position.Line));
        Assert.Contains("'notb'", error.Message, StringComparison.Ordinal);
    }
}
