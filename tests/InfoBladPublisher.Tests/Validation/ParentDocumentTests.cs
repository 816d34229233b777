using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>A bijlage whose hoofddocument has errors of its own gets no second, false error about that parent.</summary>
public sealed class ParentDocumentTests
{
    [Fact]
    public void A_broken_parent_Should_be_reported_once_not_again_at_its_bijlage()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + "\nstatuss: concept\n", ContentTree.NotaBody);
        tree.Write("documenten/bijlage/document.yml", """
            type: bijlage
            titel: Een bijlage
            datum: 2024-06-07
            kenmerk: "123"
            afzender: proef
            status: definitief
            bijlage_nummer: 1
            horend_bij: de nota
            hoofddocument: nota
            """);
        tree.Write("documenten/bijlage/tekst.md", "Tekst van de bijlage.\n");

        var diagnostics = tree.Check().Diagnostics;

        Assert.Equal(DiagnosticCodes.UnknownKey, Assert.Single(diagnostics).Code);
    }
}
