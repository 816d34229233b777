using System.Text.Json;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>The mistakes an editor new to the repository makes, written as they would write them, and what check says back.</summary>
public sealed class TeachingErrorsTests
{
    private static string Yaml(string from, string to) => ContentTree.NotaYaml.Replace(from, to, StringComparison.Ordinal);

    [Fact]
    public void Front_matter_at_the_top_of_tekst_md_Should_be_refused_with_its_keys_and_where_they_go()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, "---\ntitel: Een proefnota\ndatum: 2024-06-07\n---\n\n" + ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.Null(output);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatter, d.Code);
        Assert.Equal(new SourcePosition(tree.DisplayOf("documenten/nota/tekst.md"), 1, 1), d.Position);
        Assert.Contains("titel, datum", d.Message, StringComparison.Ordinal);
        Assert.Contains("document.yml", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_at_the_top_of_tekst_md_Should_still_be_text()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, "---\n\nEen inleidende zin.\n\n---\n\n" + ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.Empty(diagnostics);
        Assert.NotNull(output);
    }

    [Theory]
    [InlineData("onderwerp", "titel")]
    [InlineData("betreft", "titel")]
    [InlineData("ons kenmerk", "kenmerk")]
    [InlineData("Ons kenmerk", "kenmerk")]
    [InlineData("auteur", "afzender")]
    public void A_word_of_the_trade_Should_be_answered_with_our_key(string written, string meant)
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + $"\n{written}: iets\n", ContentTree.NotaBody);

        var d = Assert.Single(tree.Check().Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownKey, d.Code);
        Assert.Contains($"did you mean '{meant}'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sender_written_out_in_full_Should_be_pointed_at_the_organisations_folder()
    {
        using var tree = new ContentTree();
        tree.Nota(Yaml("afzender: proef\n", "afzender:\n  ministerie: Ministerie van Voorbeeldzaken\n  onderdeel: DG Proef\n"), ContentTree.NotaBody);

        var d = Assert.Single(tree.Check().Diagnostics);

        Assert.Equal(DiagnosticCodes.WrongType, d.Code);
        Assert.Contains("not a mapping", d.Message, StringComparison.Ordinal);
        Assert.Contains("content/organisaties/", d.Message, StringComparison.Ordinal);
        Assert.Contains("those that exist: proef", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-0000412")]
    [InlineData("0412")]
    [InlineData("2024-06-07")]
    [InlineData("1e3")]
    [InlineData("0x1F")]
    public void A_kenmerk_that_YAML_could_read_as_a_number_or_date_Should_stay_as_written(string kenmerk)
    {
        using var tree = new ContentTree();
        tree.Nota(Yaml("kenmerk: \"123\"", "kenmerk: " + kenmerk), ContentTree.NotaBody);

        var (output, diagnostics) = tree.Check();

        Assert.Empty(diagnostics);
        Assert.Equal(kenmerk, Assert.Single(output!.Documents).Document.Meta.Kenmerk);
        Assert.Equal(kenmerk, Support.PrintDataOf.Json(Assert.Single(output.Documents)).GetProperty("kenmerk").GetString());
    }

    [Fact]
    public void Check_without_the_fonts_Should_check_everything_else_and_say_what_it_left_out()
    {
        var diagnostics = new DiagnosticBag();

        var count = CheckPipeline.Run(RepoPaths.Content, RepoPaths.Templates, Path.Combine(Path.GetTempPath(), "geen-node-modules"), diagnostics);

        Assert.Equal(Directory.GetDirectories(Path.Combine(RepoPaths.Content, "documenten")).Length, count);
        var d = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.CheckedWithoutFonts, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void Check_without_the_fonts_Should_still_find_a_content_error()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + "\nstatuss: concept\n", ContentTree.NotaBody);
        var diagnostics = new DiagnosticBag();

        var count = CheckPipeline.Run(tree.ContentRoot, RepoPaths.Templates, Path.Combine(Path.GetTempPath(), "geen-node-modules"), diagnostics);

        Assert.Null(count);
        Assert.Contains(diagnostics.ToSortedList(), x => x.Code == DiagnosticCodes.UnknownKey);
    }

    [Fact]
    public void Check_with_format_json_Should_print_every_diagnostic_with_its_position_title_and_help()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + "\nonderwerp: iets\n", ContentTree.NotaBody);
        var (exit, stdout, _) = CliProcess.Run("check", "--format", "json", "--content", tree.ContentRoot);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        var d = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("IBP003", d.GetProperty("code").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal(10, d.GetProperty("line").GetInt32());
        Assert.Equal(1, d.GetProperty("column").GetInt32());
        Assert.EndsWith("documenten/nota/document.yml", d.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal("docs/editors-guide.md#ibp003", d.GetProperty("help").GetString());
        Assert.Contains("did you mean 'titel'?", d.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
