using System.Text;
using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// What is allowed through the strict reading of text (the refusals are in the bad-input corpus): a UTF-8
/// byte-order mark, tabs and Windows line ends, and the invisible characters Dutch text uses inside a word;
/// and what a diagnostic prints, which is always one harmless line.
/// </summary>
public sealed class CleanTextTests
{
    [Fact]
    public void A_byte_order_mark_tabs_and_windows_line_ends_Should_be_read_as_they_are()
    {
        var bag = new DiagnosticBag();
        var text = SourceText.TryDecode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("a:\tb\r\nc: é€\r\n")], "x.yml", bag, metadata: true);

        Assert.Equal("a:\tb\r\nc: é€\r\n", text);
        Assert.Empty(bag.ToSortedList());
    }

    [Theory]
    [InlineData("zee\u00ADin\u00ADvloed")]
    [InlineData("wind\u200Bmolen")]
    [InlineData("auf\u200Clage")]
    public void An_invisible_character_inside_a_word_Should_be_allowed_in_metadata(string titel)
    {
        using var content = new ContentTree();
        content.Write("content/documenten/nota/document.yml", ContentTree.NotaYaml.Replace("Een proefnota", titel, StringComparison.Ordinal));

        var (output, diagnostics) = content.Check();

        Assert.NotNull(output);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.NotCleanText);
    }

    [Fact]
    public void The_same_invisible_character_outside_a_word_Should_be_refused()
    {
        var bag = new DiagnosticBag();
        SourceText.TryDecode(Encoding.UTF8.GetBytes("titel: \u00ADproef\n"), "x.yml", bag, metadata: true);

        var found = Assert.Single(bag.ToSortedList());
        Assert.Equal((DiagnosticCodes.NotCleanText, 1, 8), (found.Code, found.Position.Line, found.Position.Column));
    }

    [Fact]
    public void Markdown_Should_keep_its_invisible_characters_where_metadata_may_not()
    {
        var bag = new DiagnosticBag();
        var text = SourceText.TryDecode(Encoding.UTF8.GetBytes("\u200Bzin met \u2066isolaat\u2069\n"), "tekst.md", bag);

        Assert.NotNull(text);
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void A_diagnostic_quoting_a_line_break_and_a_workflow_command_Should_print_as_one_line()
    {
        var diagnostic = Diagnostic.Create(DiagnosticCodes.UnknownKey, new SourcePosition("document.yml", 3, 1), "onbekende sleutel 'a\n::error file=x::gehackt\u001b[31m\u202E'", "unknown key 'a\n::error file=x::gehackt\u001b[31m\u202E'");

        var printed = diagnostic.Format(Language.Nl);

        Assert.DoesNotContain('\n', printed);
        Assert.DoesNotContain('\u001b', printed);
        Assert.DoesNotContain('\u202E', printed);
        Assert.Contains("a\\n::error file=x::gehackt\\u001B[31m\\u202E", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Should_not_let_a_yaml_key_write_a_workflow_command()
    {
        using var content = new ContentTree();
        content.Write("content/documenten/nota/document.yml", ContentTree.NotaYaml + "\n\"x\\n::error title=gehackt::ja\\n::add-mask::geheim\": 1\n");

        var (exit, stdout, stderr) = CliProcess.Run("check", "--content", content.ContentRoot);

        Assert.Equal(1, exit);
        Assert.Contains("IBP003", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain((stdout + stderr).Split('\n'), line => line.TrimStart().StartsWith("::", StringComparison.Ordinal));
    }

    /// <summary>
    /// The other side of the glyph check: what the fonts show, or what Typst sets without a glyph (spaces, joiners,
    /// a variation selector), passes check, and publish agrees, so check refuses no more than publish would.
    /// </summary>
    [Fact]
    public async Task Characters_the_fonts_show_or_need_no_glyph_for_Should_pass_check_and_publish()
    {
        using var content = new ContentTree();
        content.Write("content/documenten/nota/tekst.md", ContentTree.NotaBody + "\n\nCode `\u2713` hier; smalle\u2009en vaste\u202Fspaties, het\u2060woord, man\u200Dnen, a\uFE0F, e\u0301, \u20AC 5 \u2265 4 \u2192 klaar.\n");
        using var work = new TempTree();
        var options = new Pipeline.PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1");

        var (output, checkedWith) = content.Check();
        var published = await new Pipeline.PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.NotNull(output);
        Assert.DoesNotContain(checkedWith, d => d.Code == DiagnosticCodes.FontNotBundled);
        Assert.True(published.Succeeded, string.Join("\n", published.Diagnostics));
    }
}
