using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Data;

public sealed class DatasetValidationTests
{
    private static Diagnostic Only(ContentTree tree, string code)
    {
        var diagnostics = tree.Check().Diagnostics;
        return Assert.Single(diagnostics, d => d.Code == code);
    }

    [Fact]
    public void The_valid_dataset_fixture_Should_check_clean()
    {
        using var tree = DatasetTree.Create();
        Assert.Empty(tree.Check().Diagnostics);
    }

    [Fact]
    public void A_value_that_is_not_a_number_Should_point_at_its_cell()
    {
        using var tree = DatasetTree.Create(csv: "jaar,aantal,aandeel\n2022,12x4,12.5\n2023,66,0.5\n");
        var d = Only(tree, DiagnosticCodes.NotANumber);
        Assert.Equal(new SourcePosition(tree.DisplayOf("datasets/proef/data.csv"), 2, 6), d.Position);
        Assert.Contains("'12x4'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_Should_point_at_its_cell()
    {
        using var tree = DatasetTree.Create(csv: "jaar,aantal,aandeel\n2022,1234,12.5\n2023,,0.5\n");
        Assert.Equal(new SourcePosition(tree.DisplayOf("datasets/proef/data.csv"), 3, 6), Only(tree, DiagnosticCodes.MissingValue).Position);
    }

    [Fact]
    public void A_duplicate_key_Should_point_at_the_second_row()
    {
        using var tree = DatasetTree.Create(csv: "jaar,aantal,aandeel\n2022,1234,12.5\n2022,66,0.5\n");
        var d = Only(tree, DiagnosticCodes.DuplicateRowKey);
        Assert.Equal(new SourcePosition(tree.DisplayOf("datasets/proef/data.csv"), 3, 1), d.Position);
    }

    [Fact]
    public void A_declared_total_that_does_not_add_up_Should_point_at_the_total()
    {
        using var tree = DatasetTree.Create(meta: DatasetTree.Meta.Replace("aantal: 1300", "aantal: 1301", StringComparison.Ordinal));
        var d = Only(tree, DiagnosticCodes.TotalMismatch);
        Assert.Equal(new SourcePosition(tree.DisplayOf("datasets/proef/dataset.yml"), 18, 11), d.Position);
        Assert.Contains("1301", d.Message, StringComparison.Ordinal);
        Assert.Contains("1300", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_csv_column_Should_suggest_the_declared_one()
    {
        using var tree = DatasetTree.Create(csv: "jaar,aantl,aandeel\n2022,1234,12.5\n2023,66,0.5\n");
        var diagnostics = tree.Check().Diagnostics;
        var unknown = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal(new SourcePosition(tree.DisplayOf("datasets/proef/data.csv"), 1, 6), unknown.Position);
        Assert.Contains("did you mean 'aantal'?", unknown.Message, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingKey && d.Message.Contains("'aantal'", StringComparison.Ordinal));
        Assert.Equal(2, diagnostics.Count); // no cascade: cells and totals are not checked under a wrong header
    }

    [Fact]
    public void A_column_of_a_wrong_type_Should_be_refused_with_the_allowed_types()
    {
        using var tree = DatasetTree.Create(meta: DatasetTree.Meta.Replace("type: percentage", "type: procent", StringComparison.Ordinal));
        var d = Only(tree, DiagnosticCodes.InvalidValue);
        Assert.Equal(new SourcePosition(tree.DisplayOf("datasets/proef/dataset.yml"), 15, 11), d.Position);
    }

    [Fact]
    public void Yaml_rows_with_an_undeclared_column_Should_be_reported()
    {
        var meta = DatasetTree.Meta + "\nrijen:\n  - jaar: \"2022\"\n    aantal: 1300\n    aandeel: 12.5\n    extra: 1\n";
        using var tree = new ContentTree();
        tree.Write("content/datasets/proef/dataset.yml", meta);
        tree.Nota(ContentTree.NotaYaml.Replace("voetnoten:\n  bron: <https://example.org/bron>", "datasets:\n  proef: \"1\"", StringComparison.Ordinal), "Tekst met :cijfer[proef/2022/aantal].\n");

        var d = Only(tree, DiagnosticCodes.UnknownKey);
        Assert.Equal(new SourcePosition(tree.DisplayOf("datasets/proef/dataset.yml"), 23, 5), d.Position);
    }

    [Theory]
    [InlineData(":cijfer[proeff/2022/aantal]", DiagnosticCodes.UnknownDataset, "did you mean 'proef'?")]
    [InlineData(":cijfer[proef/2021/aantal]", DiagnosticCodes.UnknownFigure, "no row '2021'")]
    [InlineData(":cijfer[proef/2022/aantel]", DiagnosticCodes.UnknownFigure, "did you mean 'aantal'?")]
    [InlineData(":cijfer[proef/2022]", DiagnosticCodes.BadDirective, "dataset/rij/kolom")]
    public void A_figure_that_does_not_exist_Should_point_at_the_citation(string citation, string code, string message)
    {
        using var tree = DatasetTree.Create(body: $"# Cijfers\n\nHet waren er {citation}.\n\n::tabel[proef]\n");
        var d = Only(tree, code);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/tekst.md"), 3, 14), d.Position);
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_of_an_unknown_kind_Should_be_reported()
    {
        using var tree = DatasetTree.Create(body: "# Cijfers\n\n::grafiek[proef]{soort=taart}\n");
        var d = Only(tree, DiagnosticCodes.BadDirective);
        Assert.Equal(3, d.Position.Line);
    }

    [Fact]
    public void A_dataset_used_but_not_declared_Should_be_reported()
    {
        using var tree = new ContentTree();
        tree.Write("content/datasets/proef/dataset.yml", DatasetTree.Meta).Write("content/datasets/proef/data.csv", DatasetTree.Csv);
        tree.Nota(ContentTree.NotaYaml.Replace("voetnoten:\n  bron: <https://example.org/bron>", string.Empty, StringComparison.Ordinal), "Het waren er :cijfer[proef/2022/aantal].\n");

        Assert.Contains("not declared", Only(tree, DiagnosticCodes.DatasetVersion).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_version_that_differs_Should_point_at_the_declaration()
    {
        using var tree = DatasetTree.Create(declared: "\"2\"");
        var d = Only(tree, DiagnosticCodes.DatasetVersion);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/document.yml"), 9, 10), d.Position);
    }
}
