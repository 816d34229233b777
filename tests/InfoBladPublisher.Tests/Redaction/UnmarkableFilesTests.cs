using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Data;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Redaction;

/// <summary>
/// A dataset and an organisation file print as they stand: a Woo mark in one would publish the passage, marks
/// and all. Each mark is an error at its place, and nothing is published.
/// </summary>
public sealed class UnmarkableFilesTests
{
    [Fact]
    public void A_mark_in_a_dataset_cell_Should_be_IBP019_at_the_cell()
    {
        using var tree = DatasetTree.Create(csv: "jaar,aantal,aandeel\n2022,1234,12.5\n{lak 5.1.2e}2023{/lak},66,0.5\n");

        var (output, diagnostics) = tree.Check();

        Assert.Null(output);
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.BadRedaction);
        Assert.Equal(new SourcePosition(tree.DisplayOf("datasets/proef/data.csv"), 3, 1), d.Position);
        Assert.Contains("a dataset cannot withhold", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_in_a_dataset_title_Should_be_IBP019_at_its_line()
    {
        using var tree = DatasetTree.Create(meta: DatasetTree.Meta.Replace("bron: Proefbron", "bron: Proefbron, {lak 5.1.2e}dhr. Geheim{/lak}", StringComparison.Ordinal));

        var (output, diagnostics) = tree.Check();

        Assert.Null(output);
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.BadRedaction);
        Assert.Equal(new SourcePosition(tree.DisplayOf("datasets/proef/dataset.yml"), 2, 18), d.Position);
    }

    [Fact]
    public void A_mark_in_an_organisation_Should_be_IBP019_at_its_line()
    {
        using var tree = new ContentTree();
        tree.Write("content/organisaties/proef.yml", ContentTree.Organisation.Replace("  - Directie Testen", "  - \"Directie Testen, {lak 5.1.2e}mw. Geheim{/lak}\"", StringComparison.Ordinal));

        var (output, diagnostics) = tree.Check();

        Assert.Null(output);
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.BadRedaction);
        Assert.Equal(new SourcePosition(tree.DisplayOf("organisaties/proef.yml"), 4, 23), d.Position);
        Assert.Contains("an organisation file", d.Message, StringComparison.Ordinal);
    }
}
