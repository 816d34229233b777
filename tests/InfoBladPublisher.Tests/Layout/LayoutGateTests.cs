using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>
/// Each rule of the gate broken for real, by a document or a stylesheet, through the whole publish: the release
/// is refused, and the diagnostic names the rule, the file, the line and the page.
/// </summary>
public sealed class LayoutGateTests
{
    private const string BodyFile = "content/documenten/nota/tekst.md";

    [Fact]
    public async Task A_note_that_the_stylesheet_keeps_in_the_text_Should_refuse_the_release_with_IBP070()
    {
        var d = await BrokenLayouts.RefusedAsync("# Kop\n\nTekst met een noot.[^a]\n\n[^a]: De noot.\n", "#show footnote: it => text(size: 0.7em, [ (noot) ])", DiagnosticCodes.NoteOffItsPage);

        Assert.EndsWith(BodyFile, d.Position.File, StringComparison.Ordinal);
        Assert.Equal((3, 20), (d.Position.Line, d.Position.Column));
        Assert.Contains("page 1", d.Message, StringComparison.Ordinal);
    }

    /// <summary>Once found on the page (IBP072); since issue 31 check measures each column and finds it first, at the table.</summary>
    [Fact]
    public async Task A_word_too_long_for_a_table_cell_Should_refuse_the_release_at_the_table()
    {
        var body = "# Kop\n\nTekst.\n\n| Code | Omschrijving |\n| --- | --- |\n| " + new string('X', 90) + " | kort |\n";
        var (result, tree) = await BrokenLayouts.PublishAsync(body);
        using var _ = tree;

        var d = Assert.Single(result.Diagnostics.Where(d => d.Code == DiagnosticCodes.WordTooLong).DistinctBy(d => d.Position));

        Assert.Null(result.ReleasePath);
        Assert.Equal(5, d.Position.Line);
        Assert.Contains("off the page", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_number_without_the_page_count_Should_refuse_the_release_with_IBP073()
    {
        var d = await BrokenLayouts.RefusedAsync("# Kop\n\nTekst.\n", "#set page(background: context place(bottom + right, dx: -20mm, dy: -8mm, text(size: 6.5pt)[Pagina #here().page()]))", DiagnosticCodes.PageNumberMissing);

        // Setting the page anew starts a new page: the body's second page is the one without the count.
        Assert.Matches("page [12] does not say 'Pagina [12] van 2' but 'Pagina [12]'", d.Message);
    }

    [Fact]
    public async Task A_system_font_in_the_stylesheet_Should_refuse_the_release_with_IBP074_at_the_text_that_uses_it()
    {
        var d = await BrokenLayouts.RefusedAsync("# Kop\n\nEerste alinea.\n\n## Tweede kop\n\nTekst.\n", "#show heading.where(level: 3): set text(font: \"DejaVu Serif\")", DiagnosticCodes.FontNotBundled);

        Assert.Equal(5, d.Position.Line);
        Assert.Contains("not bundled", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_forced_to_the_end_of_a_page_Should_refuse_the_release_with_IBP075()
    {
        var body = $"# Eerste\n\n{BrokenLayouts.Paragraph(30)}\n\n# Tweede\n\n{BrokenLayouts.Paragraph(3)}\n";
        var d = await BrokenLayouts.RefusedAsync(body, "#show heading.where(level: 2): it => { it; if repr(it.body).contains(\"Tweede\") { pagebreak() } }", DiagnosticCodes.HeadingAtPageEnd);

        // The build's repair starts a new page before the heading once; the layout's own page break after it
        // leaves it the last line there too, so the gate still refuses.
        Assert.Equal(5, d.Position.Line);
        Assert.Matches("'2. Tweede' is the last line of page [1-3];", d.Message);
    }

    [Fact]
    public async Task A_call_broken_from_its_word_Should_refuse_the_release_with_IBP070()
    {
        // A layout that breaks the line before every call: each call opens a line, apart from its word.
        var body = $"# Kop\n\n{BrokenLayouts.Paragraph(2)} Een woord met een noot.[^een] En verder.\n\n[^een]: De noot.\n";
        var (result, tree) = await BrokenLayouts.PublishAsync(body, "#show footnote: it => { linebreak(); it }");
        using var _ = tree;

        var d = BrokenLayouts.Only(result, DiagnosticCodes.NoteOffItsPage);

        Assert.Contains("the call of note 1 on page 1 does not stand on the line of the word before it", d.Message, StringComparison.Ordinal);
        Assert.Equal(3, d.Position.Line);
    }

    [Fact]
    public async Task A_block_too_tall_for_the_rest_of_a_page_Should_refuse_the_release_with_IBP077()
    {
        var body = $"# Kop\n\nKorte alinea.\n\n{BrokenLayouts.Paragraph(45)}\n";
        var (result, tree) = await BrokenLayouts.PublishAsync(body, "#show par: it => block(breakable: false, it)");
        using var _ = tree;

        var d = BrokenLayouts.Only(result, DiagnosticCodes.PageHalfEmpty);

        Assert.Equal(5, d.Position.Line);
        Assert.Contains("page 1 is only", d.Message, StringComparison.Ordinal);
        Assert.NotNull(result.RejectedPath);
        Assert.True(File.Exists(Path.Combine(result.RejectedPath!, "nota.pdf")), "the refused PDF is kept for the editor to look at");
    }

    [Fact]
    public async Task A_layout_that_moves_the_body_up_under_the_letterhead_Should_refuse_the_release_with_IBP080()
    {
        var (result, tree) = await BrokenLayouts.PublishAsync("# Kop\n\nTekst die onder het logo komt te staan.\n", "#v(-75mm)");
        using var _ = tree;

        Assert.Null(result.ReleasePath);
        var found = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnderFurniture).ToList();
        var d = Assert.Single(found, d => d.Message.Contains("'Tekst die onder het logo komt te staan.'", StringComparison.Ordinal));
        Assert.Equal(3, d.Position.Line);
        Assert.EndsWith(BodyFile, d.Position.File, StringComparison.Ordinal);
        Assert.Contains("stands under the page's furniture (briefhoofd", d.Message, StringComparison.Ordinal);
        Assert.Contains("on page 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_INTERN_line_Should_pass_at_the_foot_and_be_refused_with_IBP080_where_it_ran_under_the_lint()
    {
        var (now, tree) = await BrokenLayouts.PublishAsync("# Kop\n\nTekst.\n", intern: true);
        using (tree)
        {
            Assert.True(now.Succeeded, string.Join("\n", now.Diagnostics));
        }

        // The banner as it was drawn before issue 31: 8 mm from the top of the sheet, centred.
        var (before, oldTree) = await BrokenLayouts.PublishAsync("# Kop\n\nTekst.\n", intern: true,
            houseStyle: s => s.Replace("place(bottom + left, dx: links, dy: -8mm, box(fill: kleur.intern", "place(top + center, dy: 8mm, box(fill: kleur.intern", StringComparison.Ordinal));
        using var _ = oldTree;
        var d = BrokenLayouts.Only(before, DiagnosticCodes.UnderFurniture);
        Assert.Contains("'INTERN: bevat gelakte passages", d.Message, StringComparison.Ordinal);
        Assert.Contains("(briefhoofd, lint) on page 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_INTERN_line_drawn_over_the_running_colofon_Should_be_refused_with_IBP080_on_the_later_pages()
    {
        // Pages 2 and on have the running colofon; page 1 has the full one in the text, under the letterhead.
        var body = $"# Kop\n\n{BrokenLayouts.Paragraph(40)}\n\n{BrokenLayouts.Paragraph(40)}\n";
        var (result, tree) = await BrokenLayouts.PublishAsync(body, intern: true,
            houseStyle: s => s.Replace("place(bottom + left, dx: links, dy: -8mm, box(fill: kleur.intern", "place(top + left, dx: 155mm, dy: 31mm, box(fill: kleur.intern", StringComparison.Ordinal));
        using var _ = tree;

        Assert.Null(result.ReleasePath);
        var found = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnderFurniture).ToList();
        Assert.Contains(found, d => d.Message.Contains("(colofon) on page 2:", StringComparison.Ordinal));
        // On page 1, 31 mm from the top is the letterhead's.
        Assert.Contains(found, d => d.Message.Contains("(briefhoofd) on page 1:", StringComparison.Ordinal));
    }
}
