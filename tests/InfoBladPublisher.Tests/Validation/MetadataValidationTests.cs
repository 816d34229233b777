using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

public sealed class MetadataValidationTests
{
    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code) =>
        Assert.Single(diagnostics, d => d.Code == code);

    [Fact]
    public void The_valid_fixture_Should_check_clean()
    {
        using var tree = new ContentTree();
        var (output, diagnostics) = tree.Check();
        Assert.Empty(diagnostics);
        Assert.NotNull(output);
    }

    [Fact]
    public void A_missing_required_key_Should_be_reported_at_the_top_of_the_file()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("kenmerk: \"123\"\n", string.Empty, StringComparison.Ordinal), ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.Null(output);
        var d = Single(diagnostics, DiagnosticCodes.MissingKey);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/document.yml"), 1, 1), d.Position);
        Assert.Contains("'kenmerk'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_Should_name_its_line_and_column_and_suggest_the_nearest_key()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + "\nstatuss: concept\n", ContentTree.NotaBody);

        var (_, diagnostics) = tree.Check();

        var d = Single(diagnostics, DiagnosticCodes.UnknownKey);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/document.yml"), 10, 1), d.Position);
        Assert.Contains("did you mean 'status'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_Should_point_at_the_value()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("aan: De minister", "aan:\n  - De minister", StringComparison.Ordinal), ContentTree.NotaBody);

        var (_, diagnostics) = tree.Check();

        var d = Single(diagnostics, DiagnosticCodes.WrongType);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/document.yml"), 7, 3), d.Position);
    }

    [Fact]
    public void A_bijlage_number_that_is_not_a_number_Should_be_a_wrong_type()
    {
        using var tree = new ContentTree();
        tree.Nota("type: bijlage\ntitel: B\ndatum: 2024-06-19\nkenmerk: \"9\"\nafzender: proef\nstatus: definitief\nbijlage_nummer: een\nhorend_bij: X\n", "Tekst.\n", "bijlage");

        var (_, diagnostics) = tree.Check();

        var d = Single(diagnostics, DiagnosticCodes.WrongType);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/bijlage/document.yml"), 7, 17), d.Position);
    }

    [Fact]
    public void A_datum_that_is_not_a_date_Should_point_at_the_value_and_show_the_format()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("datum: 2024-06-07", "datum: 7 juni 2024", StringComparison.Ordinal), ContentTree.NotaBody);

        var (_, diagnostics) = tree.Check();

        var d = Single(diagnostics, DiagnosticCodes.InvalidDate);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/document.yml"), 3, 8), d.Position);
        Assert.Contains("YYYY-MM-DD", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-31", "month 11 of 2026 has 30 days, not 31")]
    [InlineData("2023-02-29", "month 02 of 2023 has 28 days, not 29")]
    [InlineData("2024-13-01", "has no month 13")]
    public void A_date_in_the_right_form_that_is_no_day_Should_say_what_is_wrong_not_the_form(string datum, string said)
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("datum: 2024-06-07", "datum: " + datum, StringComparison.Ordinal), ContentTree.NotaBody);

        var d = Single(tree.Check().Diagnostics, DiagnosticCodes.InvalidDate);

        Assert.Contains(said, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("write it as YYYY-MM-DD", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_calendar_date_Should_be_rejected()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("datum: 2024-06-07", "datum: 2024-02-30", StringComparison.Ordinal), ContentTree.NotaBody);

        Assert.Equal(DiagnosticCodes.InvalidDate, Assert.Single(tree.Check().Diagnostics).Code);
    }

    [Fact]
    public void A_status_outside_the_list_Should_suggest_a_valid_one()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml.Replace("status: definitief", "status: definitef", StringComparison.Ordinal), ContentTree.NotaBody);

        var d = Single(tree.Check().Diagnostics, DiagnosticCodes.InvalidValue);
        Assert.Equal(7, d.Position.Line);
        Assert.Contains("did you mean 'definitief'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_Should_be_reported_with_its_position()
    {
        using var tree = new ContentTree();
        tree.Nota("type: nota\ntitel: \"niet afgesloten\ndatum: 2024-06-07\n", ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.Null(output);
        var d = Single(diagnostics, DiagnosticCodes.YamlSyntax);
        Assert.Equal(tree.DisplayOf("documenten/nota/document.yml"), d.Position.File);
        Assert.True(d.Position.Line >= 2, $"expected the error at or after line 2, got {d.Position}");
        Assert.StartsWith("malformed YAML", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_Should_be_reported_in_one_pass()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml
            .Replace("datum: 2024-06-07", "datum: gisteren", StringComparison.Ordinal)
            .Replace("status: definitief", "stat: definitief", StringComparison.Ordinal), ContentTree.NotaBody + "\nEn een noot die niet bestaat.[^weg]\n");
        tree.Write("content/organisaties/kapot.yml", "ministerie: [open\n");

        var codes = tree.Check().Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            new[] { DiagnosticCodes.YamlSyntax, DiagnosticCodes.MissingKey, DiagnosticCodes.UnknownKey, DiagnosticCodes.InvalidDate, DiagnosticCodes.FootnoteUndefined }.Order(StringComparer.Ordinal),
            codes);
    }

    [Fact]
    public void A_diagnostic_Should_print_in_compiler_format()
    {
        var d = Diagnostic.Create(DiagnosticCodes.UnknownKey, new SourcePosition("content/x.yml", 3, 5), "onbekende sleutel 'datun'", "unknown key 'datun'");
        Assert.Equal("content/x.yml:3:5: error IBP003: onbekende sleutel 'datun'", d.Format(Language.Nl));
        Assert.Equal("content/x.yml:3:5: error IBP003: unknown key 'datun'", d.Format(Language.En));
    }
}
