using System.Text.Json;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout.Rules;
using InfoBladPublisher.Review.Selection;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Tests.Layout;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Templates;

/// <summary>tokens.css is the one source of the house style: what C# decides and what Typst draws take the same value from it.</summary>
public sealed class HouseTokensTests
{
    /// <summary>A content tree and a copy of the templates whose tokens.css has <paramref name="from"/> replaced.</summary>
    private static (ContentTree Tree, string Templates) WithTokens(string from, string to)
    {
        var tree = new ContentTree();
        var templates = tree.CopyOfTemplates();
        var tokens = TokensFile(templates);
        var css = File.ReadAllText(tokens);
        Assert.Contains(from, css, StringComparison.Ordinal);
        File.WriteAllText(tokens, css.Replace(from, to, StringComparison.Ordinal));
        return (tree, templates);
    }

    private static string TokensFile(string templates) => Path.Combine(templates, "assets", "css", "tokens.css");

    private static JsonElement Huisstijl(InfoBladPublisher.Pipeline.HtmlStage.Output output) =>
        JsonDocument.Parse(output.Documents[0].Print.Files[HouseTokens.PrintFile]).RootElement;

    private static string[] WoordmerkLines(InfoBladPublisher.Pipeline.HtmlStage.Output output) =>
        [.. PrintDataOf.Json(output.Documents[0]).GetProperty("afzender").GetProperty("woordmerk").EnumerateArray().Select(l => l.GetString()!)];

    [Fact]
    public void The_woordmerk_width_Should_set_both_the_line_breaks_and_the_print_layouts_block()
    {
        const string narrow = "--ib-woordmerk-breedte: 35mm;";
        using var wide = new ContentTree();
        var (tree, templates) = WithTokens("--ib-woordmerk-breedte: 79.5mm;", narrow);
        using var _ = tree;

        var before = wide.Check();
        var after = tree.Check(templates);

        Assert.Empty(after.Diagnostics);
        Assert.Equal(["Ministerie van Voorbeeldzaken"], WoordmerkLines(before.Output!));
        Assert.Equal(["Ministerie van", "Voorbeeldzaken"], WoordmerkLines(after.Output!));
        Assert.Equal(79.5 * 72 / 25.4, Huisstijl(before.Output!).GetProperty("maat").GetProperty("woordmerk-breedte").GetDouble(), 6);
        Assert.Equal(35 * 72 / 25.4, Huisstijl(after.Output!).GetProperty("maat").GetProperty("woordmerk-breedte").GetDouble(), 6);
        // The print layout sets the woordmerk in that width, not in one of its own.
        Assert.Contains("block(width: maat.woordmerk-breedte", File.ReadAllText(Path.Combine(templates, "print", "huisstijl.typ")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ib-lintblauw: #154273;", "--ib-lintblauw: #15427;", "#15427")]
    [InlineData("--ib-marge-links: 23mm;", "--ib-marge-links: 23 mm;", "23 mm")]
    [InlineData("--ib-grafiek-2: #e17000;", "--ib-grafiek-2: oranje;", "oranje")]
    [InlineData("--ib-lint-hoogte: 37.125mm;", "--ib-lint-hoogte: 99999999999mm;", "99999999999mm")]
    [InlineData("--ib-tabel-rijen-heel: 6;", "--ib-tabel-rijen-heel: zes;", "zes")]
    [InlineData("--ib-paginanummer: \"Pagina {n} van {m}\";", "--ib-paginanummer: \"Pagina {n}\";", "\"Pagina {n}\"")]
    public void A_malformed_token_Should_be_IBP048_at_its_value_in_tokens_css(string from, string to, string value)
    {
        var (tree, templates) = WithTokens(from, to);
        using var _ = tree;
        var css = File.ReadAllText(TokensFile(templates)).Split('\n');
        var line = Array.FindIndex(css, l => l.Contains(to, StringComparison.Ordinal)) + 1;
        var column = css[line - 1].IndexOf(value, StringComparison.Ordinal) + 1;

        var (output, diagnostics) = tree.Check(templates);

        Assert.Null(output);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.BadToken, "tokens.css", line, column), (d.Code, Path.GetFileName(d.Position.File), d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void A_token_in_a_comment_Should_not_count()
    {
        var tokens = StyleTokens.Parse(":root {\n  --ib-lintblauw: #154273;\n  /* --ib-lintblauw: #ffffff; */\n}\n/* left open --ib-lintblauw: #000", "tokens.css");

        Assert.Equal("#154273", tokens.Colour("lintblauw", new DiagnosticBag()));
    }

    [Fact]
    public void A_missing_token_Should_be_IBP044_naming_it_at_tokens_css()
    {
        var (tree, templates) = WithTokens("--ib-marge-boven: 30mm;", string.Empty);
        using var _ = tree;

        var d = Assert.Single(tree.Check(templates).Diagnostics);

        Assert.Equal((DiagnosticCodes.MissingToken, "tokens.css"), (d.Code, Path.GetFileName(d.Position.File)));
        Assert.Contains("'--ib-marge-boven' is not defined", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_print_token_Should_change_the_pdfs_cache_key_and_a_web_only_token_not()
    {
        using var plain = new ContentTree();
        var (colour, colourTemplates) = WithTokens("--ib-lijnkleur: #b8c6d5;", "--ib-lijnkleur: #b8c6d6;");
        var (web, webTemplates) = WithTokens("--ib-web-corps: 1.0625rem;", "--ib-web-corps: 1.125rem;");
        using var _ = colour;
        using var __ = web;

        var key = plain.Check().Output!.Documents[0].Print.Fingerprint();

        Assert.NotEqual(key, colour.Check(colourTemplates).Output!.Documents[0].Print.Fingerprint());
        Assert.Equal(key, web.Check(webTemplates).Output!.Documents[0].Print.Fingerprint());
    }

    [Fact]
    public void The_reviews_selection_Should_count_tokens_css_for_every_type()
    {
        var files = Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(RepoPaths.Templates, f).Replace('\\', '/'), _ => "hash", StringComparer.Ordinal);

        foreach (var type in Model.DocumentType.All)
        {
            var inputs = TemplateInputs.Of(files, path => File.ReadAllText(Path.Combine(RepoPaths.Templates, path)), type.Name);
            Assert.Contains("assets/css/tokens.css", inputs);
            Assert.Contains("print/tokens.typ", inputs);
        }
    }

    [Fact]
    public void The_page_number_rule_Should_hold_pages_to_the_tokens_wording()
    {
        var facts = PageBuilder.Document(new PageBuilder().Text("1:1", 113, 300).Margin("right-bottom", "Blad 1/1"));
        var context = PageBuilder.Context() with { PageNumber = "Blad {n}/{m}" };
        var found = new DiagnosticBag();

        new PageNumbers().Check(facts, context, found);
        new PageNumbers().Check(facts, PageBuilder.Context(), found);

        var d = Assert.Single(found.ToSortedList());
        Assert.Contains("does not say 'Pagina 1 van 1'", d.Message, StringComparison.Ordinal);
    }
}
