using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Redaction;

namespace InfoBladPublisher.Tests.Redaction;

public sealed class RedactionMarksTests
{
    private static (string? Text, List<Marking> Found, IReadOnlyList<Diagnostic> Diagnostics) Apply(string text, RedactionMode mode = RedactionMode.Public)
    {
        var diagnostics = new DiagnosticBag();
        var found = new List<Marking>();
        var result = RedactionMarks.Apply("tekst.md", text, mode, found, diagnostics);
        return (result, found, diagnostics.ToSortedList());
    }

    [Fact]
    public void An_inline_passage_Should_become_a_bar_and_keep_the_lines_after_it_where_they_were()
    {
        var (text, found, diagnostics) = Apply("Een zin met {lak 5.1.2e}Jan\nJansen{/lak} erin.\nVolgende regel.");

        Assert.Empty(diagnostics);
        Assert.Equal("Een zin met {gelakt 5.1.2e}\n erin.\nVolgende regel.", text);
        Assert.Equal(new Marking(new SourcePosition("tekst.md", 1, 13), WooGround.Find("5.1.2e")!, false), Assert.Single(found));
    }

    [Fact]
    public void Marks_on_lines_of_their_own_Should_withhold_the_whole_blocks_between_them()
    {
        var source = "Voor.\n\n{lak 5.2}\nEen alinea.\n\n- een lijst\n{/lak}\n\nNa.";
        var (text, found, _) = Apply(source);

        Assert.Equal("Voor.\n\n{gelakt-blok 5.2}\n\n\n\n\n\nNa.", text);
        Assert.Equal(source.Count(c => c == '\n'), text!.Count(c => c == '\n'));
        Assert.True(Assert.Single(found).Block);
    }

    [Fact]
    public void The_internal_build_Should_keep_the_passages_with_their_marks()
    {
        var (text, found, _) = Apply("Met {lak 5.1.2e}Jan Jansen{/lak}.\n\n{lak 5.2}\nBeraad.\n{/lak}\n", RedactionMode.Intern);

        Assert.Equal("Met {lak 5.1.2e}Jan Jansen{/lak}.\n\n{lak-blok 5.2}\nBeraad.\n{/lak-blok 5.2}\n", text);
        Assert.Equal(2, found.Count);
    }

    [Theory]
    [InlineData("Een {lak 5.1.2.e}naam{/lak}.", DiagnosticCodes.UnknownWooGround, 1, 5, "did you mean '5.1.2e'")]
    [InlineData("Een {lak}naam{/lak}.", DiagnosticCodes.UnknownWooGround, 1, 5, "needs the Woo ground")]
    [InlineData("Regel.\nEen {lak 5.1.2e}naam die nooit sluit.", DiagnosticCodes.BadRedaction, 2, 5, "never closed")]
    [InlineData("Een {lak 5.1.2e}naam {lak 5.2}en{/lak} meer{/lak}.", DiagnosticCodes.BadRedaction, 1, 22, "cannot overlap or nest")]
    [InlineData("Een naam{/lak}.", DiagnosticCodes.BadRedaction, 1, 9, "closes no marking")]
    [InlineData("Een {lak 5.1.2e}naam\n\nnog een alinea{/lak}.", DiagnosticCodes.BadRedaction, 1, 5, "runs over an empty line")]
    [InlineData("{lak 5.2}\nBeraad.{/lak}\n", DiagnosticCodes.BadRedaction, 2, 8, "on a line of its own")]
    [InlineData("Een {gelakt 5.2} nagemaakt.", DiagnosticCodes.BadRedaction, 1, 5, "what the build writes")]
    public void A_wrong_marking_Should_be_an_error_at_its_place(string text, string code, int line, int column, string words)
    {
        var (result, _, diagnostics) = Apply(text);

        Assert.Null(result);
        var error = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_wrong_marking_Should_be_reported_at_once()
    {
        var (_, _, diagnostics) = Apply("{lak 5.9}a{/lak} en {lak 5.1.2e}b en c{/lak}{/lak} en {lak 5.2}d");

        Assert.Equal(3, diagnostics.Count);
    }

    [Fact]
    public void Every_ground_Should_have_a_label_and_one_code()
    {
        Assert.Equal(16, WooGround.All.Count);
        Assert.Equal(WooGround.All.Count, WooGround.All.Select(g => g.Code).Distinct().Count());
        Assert.Equal("Gelakt: 5.1.2e, eerbiediging van de persoonlijke levenssfeer", WooGround.Find("5.1.2e")!.Alternative);
    }
}

public sealed class RedactedFieldTests
{
    [Fact]
    public void A_marked_title_Should_be_refused_and_a_marked_own_field_Should_print_its_bar()
    {
        using var tree = new Support.ContentTree();
        tree.Nota(Support.ContentTree.NotaYaml
            .Replace("titel: Een proefnota", "titel: \"Een nota over {lak 5.1.2e}Jansen{/lak}\"", StringComparison.Ordinal), Support.ContentTree.NotaBody);

        var refused = Assert.Single(tree.Check().Diagnostics, d => d.Code == DiagnosticCodes.BadRedaction);
        Assert.Equal(2, refused.Position.Line);

        tree.Nota(Support.ContentTree.NotaYaml.Replace("aan: De minister", "aan: \"De minister, via {lak 5.1.2e}Jansen{/lak}\"", StringComparison.Ordinal), Support.ContentTree.NotaBody);
        var (output, diagnostics) = tree.Check();
        Assert.Empty(diagnostics);
        var page = Assert.Single(output!.Documents);
        var aan = Support.PrintDataOf.Json(page).GetProperty("eigen").GetProperty("aan");
        Assert.Equal("Gelakt: 5.1.2e, eerbiediging van de persoonlijke levenssfeer", aan.EnumerateArray().Single(v => v.ValueKind == System.Text.Json.JsonValueKind.Object).GetProperty("alt").GetString());
        Assert.DoesNotContain("Jansen", Support.PrintDataOf.AllText(page) + page.WebHtml, StringComparison.Ordinal);
    }
}
