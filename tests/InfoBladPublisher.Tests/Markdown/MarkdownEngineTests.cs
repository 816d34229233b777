using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Tests.Markdown;

public sealed class MarkdownEngineTests
{
    private static readonly MarkdownEngine Engine = new();

    private static (ParsedBody Body, DiagnosticBag Diagnostics) Parse(string text, IReadOnlyList<MapEntry>? yamlNotes = null, bool numbered = true)
    {
        var bag = new DiagnosticBag();
        return (Engine.Parse("tekst.md", text, yamlNotes ?? [], numbered, bag), bag);
    }

    private static MapEntry Yaml(string key, string value) =>
        new(key, value, new SourcePosition("document.yml", 1, 1), new SourcePosition("document.yml", 1, 1));

    [Fact]
    public void Section_numbers_Should_follow_the_heading_levels()
    {
        var (body, _) = Parse("# Een\n\n# Twee\n\n## Twee a\n\n## Twee b\n\n# Drie\n");

        var html = Engine.Render(body);

        Assert.Contains("<span class=\"kopnummer\">1.</span> Een</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kopnummer\">2.1</span> Twee a</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kopnummer\">2.2</span> Twee b</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kopnummer\">3.</span> Drie</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Unnumbered_documents_Should_have_no_section_numbers()
    {
        var (body, _) = Parse("# Noot vooraf:\n\nTekst.\n", numbered: false);
        Assert.DoesNotContain("kopnummer", Engine.Render(body), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_typed_section_number_Should_be_a_warning()
    {
        var (_, bag) = Parse("# 1. Aanleiding\n");
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal((Severity.Warning, DiagnosticCodes.HandNumberedHeading, 1), (d.Severity, d.Code, d.Position.Line));
    }

    [Fact]
    public void Notes_Should_be_numbered_in_order_of_first_citation_wherever_they_are_defined()
    {
        var (body, bag) = Parse("Eerst b.[^b] Dan a.[^a] Weer b.[^b]\n\n[^a]: Noot a.\n", [Yaml("b", "Noot b.")]);

        Assert.False(bag.HasErrors);
        Assert.Equal(["b", "a"], body.Footnotes.Notes.Select(n => n.Label));
        Assert.Equal([1, 2], body.Footnotes.Notes.Select(n => n.Number));

        var web = Engine.Render(body);
        Assert.Contains("id=\"voetnootverwijzing-1\"", web, StringComparison.Ordinal);
        Assert.Contains("id=\"voetnootverwijzing-1-2\"", web, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_Should_be_rendered_once_with_its_address_breakable_after_slashes()
    {
        var (body, _) = Parse("Zin.[^a] Nog eens.[^a]\n\n[^a]: Noot met <https://example.org/x>.\n");

        var notes = Engine.RenderNotes(body);

        Assert.Equal("Noot met <a href=\"https://example.org/x\">https://example.org/<wbr>x</a>.", Assert.Single(notes));
    }

    [Fact]
    public void Codes_Should_never_break_and_the_web_page_Should_carry_no_source_marks()
    {
        var (body, _) = Parse("# Kop\n\nZie AUD-2025-07.\n\n- punt\n");

        var web = Engine.Render(body);

        Assert.Contains("Zie <span class=\"code\">AUD-2025-07</span>.", web, StringComparison.Ordinal);
        Assert.DoesNotContain("data-src", web, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_alt_text_Should_stay_plain_text_around_codes_and_addresses()
    {
        var (body, _) = Parse("![Zie AUD-2025-07 en <https://example.org/a>](beeld.png)\n");

        var web = Engine.Render(body);

        Assert.Contains("alt=\"Zie AUD-2025-07 en https://example.org/a\"", web, StringComparison.Ordinal);
        Assert.DoesNotContain("<span", web, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<data:text/html,x>")]
    [InlineData("<file:///etc/passwd>")]
    [InlineData("<vbscript:msgbox>")]
    public void An_autolink_with_a_scheme_other_than_http_or_mailto_Should_be_refused(string link)
    {
        var (_, diagnostics) = Parse($"Zie {link} hier.\n");

        var d = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.InvalidValue, 1, 5), (d.Code, d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void Raw_html_in_markdown_Should_be_escaped()
    {
        var (body, _) = Parse("Tekst <script>alert(1)</script> en <b>vet</b>.\n");

        var html = Engine.Render(body);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_javascript_link_Should_be_refused()
    {
        var (_, bag) = Parse("[klik](javascript:alert(1))\n");
        Assert.Equal(DiagnosticCodes.InvalidValue, Assert.Single(bag.ToSortedList()).Code);
    }
}
