using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout;
using InfoBladPublisher.Layout.Rules;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>Each rule of the layout gate on synthetic pages: it fires with its code, file, line and page, and stays quiet on good pages.</summary>
public sealed class LayoutRuleTests
{
    private const string Body = "content/documenten/d/tekst.md";

    [Fact]
    public void A_note_that_starts_on_the_page_after_its_call_Should_be_IBP070_at_the_call()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 900).Call("n1", "1", "3:1"),
            new PageBuilder().Text("5:1", 113, 500).Note("n1", 1, "3:42"));

        var d = Single(new NotesOnTheirPage(), facts);

        Assert.Equal((DiagnosticCodes.NoteOffItsPage, Body, 3, 42), (d.Code, d.Position.File, d.Position.Line, d.Position.Column));
        Assert.Contains("cited on page 1 but starts on page 2", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "a new page was started at its call's word")]
    [InlineData(12, "a new page was started 12 words before its call")]
    public void A_note_still_off_its_page_after_its_repair_Should_say_what_was_tried_and_the_smallest_change(int words, string tried)
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 900).Call("n1", "1", "3:1"),
            new PageBuilder().Text("5:1", 113, 500).Note("n1", 1, "3:42"));
        var repairs = LayoutRepairs.None.With(new LayoutRepairs(new Dictionary<int, int> { [1] = words }, new HashSet<int>()));
        var diagnostics = new DiagnosticBag();

        new NotesOnTheirPage().Check(facts, PageBuilder.Context() with { Repairs = repairs, Passes = 3 }, diagnostics);

        var d = Assert.Single(diagnostics.ToSortedList());
        Assert.Contains(tried, d.Message, StringComparison.Ordinal);
        Assert.Contains("did not fit below the lines that end at its call", d.Message, StringComparison.Ordinal);
        Assert.Contains("shorten note 1, or move its call", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_on_its_call_page_that_continues_on_the_next_Should_pass()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 900).Call("n1", "1", "3:1").Note("n1", 1, "3:42"),
            new PageBuilder().Text("5:1", 113, 900).Note("n1", 1, "3:42"));

        Assert.Empty(Run(new NotesOnTheirPage(), facts));
    }

    [Fact]
    public void A_call_that_opens_a_line_apart_from_its_word_Should_be_IBP070_at_the_note()
    {
        var apart = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 900).Call("n1", "1", "3:1", apart: true).Note("n1", 1, "3:42"));
        var together = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 900).Call("n1", "1", "3:1").Note("n1", 1, "3:42"));

        var d = Single(new NotesOnTheirPage(), apart);

        Assert.Equal((DiagnosticCodes.NoteOffItsPage, 3, 42), (d.Code, d.Position.Line, d.Position.Column));
        Assert.Contains("does not stand on the line of the word before it", d.Message, StringComparison.Ordinal);
        Assert.Empty(Run(new NotesOnTheirPage(), together));
    }

    [Fact]
    public void A_note_left_in_the_running_text_Should_be_IBP070()
    {
        var facts = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 900).Call("n1", "1", "3:1").Note("n1", 1, "3:42", atFoot: false));

        Assert.Contains(Run(new NotesOnTheirPage(), facts), d => d.Code == DiagnosticCodes.NoteOffItsPage && d.Message.Contains("running text", StringComparison.Ordinal));
    }

    [Fact]
    public void Notes_out_of_call_order_Should_be_IBP071()
    {
        var facts = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 900)
            .Call("a", "2", "3:1").Call("b", "1", "3:1")
            .Note("a", 2, "3:10").Note("b", 1, "3:20"));

        var diagnostics = Run(new NotesOnTheirPage(), facts);

        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.NoteNumbering));
    }

    [Fact]
    public void Text_past_the_column_Should_be_IBP072_at_its_block_with_the_page()
    {
        var facts = PageBuilder.Document(new PageBuilder().Text("8:1", 113, 400).Text("12:1", 400, 420, "AAAAAAAAAAAAAAAA", right: 600));

        var d = Single(new InsideThePage(), facts);

        Assert.Equal((DiagnosticCodes.OutsideItsPlace, Body, 12, 1), (d.Code, d.Position.File, d.Position.Line, d.Position.Column));
        Assert.Contains("outside the text column on page 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_woordmerk_running_to_the_sheet_edge_Should_be_IBP072_at_the_metadata()
    {
        var facts = PageBuilder.Document(new PageBuilder().Text(null, 80, 97, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", region: "vrij", left: 429, right: 790));

        var d = Single(new InsideThePage(), facts);

        Assert.Equal("content/documenten/d/document.yml", d.Position.File);
        Assert.Contains("woordmerk", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Colofon_text_overflowing_its_margin_box_Should_be_IBP072()
    {
        var facts = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 900)
            .Margin("right-top", "colofon", new Box(540, 0, 151, 740)).Margin("right-bottom", "Pagina 1 van 1")
            .Text(null, 700, 760, "Postbus 20011", region: "marge:right-top", left: 578, right: 680));

        Assert.Equal(DiagnosticCodes.OutsideItsPlace, Single(new InsideThePage(), facts).Code);
    }

    [Fact]
    public void Content_within_its_places_Should_pass()
    {
        var facts = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 900).Image("vrij", new Box(372, 0, 49, 140)));

        Assert.Empty(Run(new InsideThePage(), facts));
    }

    [Fact]
    public void A_wrong_page_count_Should_be_IBP073()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 900).Margin("right-bottom", "Pagina 1 van 3"),
            new PageBuilder().Text("5:1", 113, 900).Margin("right-bottom", "Pagina 2 van 2"));

        var d = Single(new PageNumbers(), facts);

        Assert.Contains("page 1 does not say 'Pagina 1 van 2' but 'Pagina 1 van 3'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_that_is_not_bundled_Should_be_IBP074_at_the_block_that_uses_it()
    {
        var facts = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 200).Text("9:1", 300, 320, "你好"));
        var context = PageBuilder.Context(new FontUse("ABCDEF+FiraSans-Regular", "abc", 0, 100, 150), new FontUse("GHIJKL+NotoSansCJK", "你好", 0, 100, 310));

        var diagnostics = new DiagnosticBag();
        new BundledFonts().Check(facts, context, diagnostics);
        var d = Assert.Single(diagnostics.ToSortedList());

        Assert.Equal((DiagnosticCodes.FontNotBundled, 9), (d.Code, d.Position.Line));
        Assert.Contains("NotoSansCJK", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_as_the_last_line_of_a_page_Should_be_IBP075_at_the_heading()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 1000).Heading("20:1", 1010),
            new PageBuilder().Text("22:1", 113, 500));

        var d = Single(new HeadingKeptWithNext(), facts);

        Assert.Equal((DiagnosticCodes.HeadingAtPageEnd, 20), (d.Code, d.Position.Line));
        Assert.Contains("last line of page 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_on_the_last_page_or_mid_page_Should_pass()
    {
        var facts = PageBuilder.Document(new PageBuilder().Heading("1:1", 113).Text("3:1", 130, 1000), new PageBuilder().Text("5:1", 113, 300).Heading("9:1", 310));

        Assert.Empty(Run(new HeadingKeptWithNext(), facts));
    }

    [Theory]
    [InlineData(1, 5, 1)]
    [InlineData(5, 1, 2)]
    public void A_table_broken_with_one_row_on_a_side_Should_be_IBP076_on_that_page(int before, int after, int page)
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 1000).Table("t", "30:1", before),
            new PageBuilder().Text("40:1", 400, 500).Table("t", "30:1", after));

        var d = Single(new TableRowsAcrossBreak(), facts);

        Assert.Equal((DiagnosticCodes.TableRowsSplit, 30), (d.Code, d.Position.Line));
        Assert.Contains($"row(s) on page {page}", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_still_broken_after_its_repairs_Should_say_what_was_tried_and_the_smallest_change()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 1000).Table("0", "30:1", 5),
            new PageBuilder().Text("40:1", 400, 500).Table("0", "30:1", 1));
        var repairs = new LayoutRepairs(new Dictionary<int, int>(), new HashSet<int> { 0 }) { LooseTables = new HashSet<int> { 0 } };
        var diagnostics = new DiagnosticBag();

        new TableRowsAcrossBreak().Check(facts, PageBuilder.Context() with { Repairs = repairs }, diagnostics);

        var d = Assert.Single(diagnostics.ToSortedList());
        Assert.Contains("started on a new page and set with looser rows", d.Message, StringComparison.Ordinal);
        Assert.Contains("add or remove a row, or split the table", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_broken_with_two_rows_each_side_Should_pass()
    {
        var facts = PageBuilder.Document(new PageBuilder().Table("t", "30:1", 2), new PageBuilder().Table("t", "30:1", 2));

        Assert.Empty(Run(new TableRowsAcrossBreak(), facts));
    }

    [Fact]
    public void A_page_less_than_half_full_Should_be_IBP077_at_what_did_not_fit()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 400),
            new PageBuilder().Text("12:1", 113, 1000, "::grafiek[reeks]"),
            new PageBuilder().Text("14:1", 113, 200));

        var d = Single(new PageFill(), facts);

        Assert.Equal((DiagnosticCodes.PageHalfEmpty, 12), (d.Code, d.Position.Line));
        Assert.Contains("page 1 is only 31", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_page_before_a_forced_break_or_at_the_end_Should_pass()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 400),
            new PageBuilder().ForcedBreakBefore().Text("12:1", 113, 1000),
            new PageBuilder().Text("14:1", 113, 200));

        Assert.Empty(Run(new PageFill(), facts));
    }

    [Fact]
    public void Notes_count_towards_how_full_a_page_is()
    {
        var page = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 400).Note("n", 1, "3:5")).Pages[0];

        Assert.Equal((400 - 113 + 60) / 926.0, PageFill.Fill(page), 3);
    }

    [Fact]
    public void Text_drawn_over_the_notes_Should_be_IBP072_at_that_text()
    {
        // The notes take the foot of the area (979..1039 px); a heading placed before the note area grew sits in it.
        var facts = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 960).Call("n1", "1", "3:1").Heading("9:1", 985, "Communicatie").Note("n1", 1, "3:42"));

        var d = Single(new InsideThePage(), facts);

        Assert.Equal((DiagnosticCodes.OutsideItsPlace, Body, 9, 1), (d.Code, d.Position.File, d.Position.Line, d.Position.Column));
        Assert.Contains("'Communicatie' runs into the notes at the foot of page 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_ends_above_the_notes_Should_pass()
    {
        var facts = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 978).Call("n1", "1", "3:1").Note("n1", 1, "3:42"));

        Assert.Empty(Run(new InsideThePage(), facts));
    }

    // Page 1 of a nota in CSS px: the letterhead band (0..52 mm), the lint at x = 98.5 mm, the woordmerk beside it.
    private static readonly Box Letterhead = new(0, 0, PageBuilder.Width, 196.5);
    private static readonly Box Lint = new(372.3, 0, 49.1, 140.3);
    private static readonly Box Woordmerk = new(429, 79.4, 360, 34.7);

    private static PageBuilder FirstPage() => new PageBuilder()
        .Furniture("briefhoofd", Letterhead, FurnitureHolds.LayoutText).Furniture("lint", Lint).Furniture("woordmerk", Woordmerk, FurnitureHolds.LayoutText)
        .Text(null, 80, 112, "Ministerie van Justitie en Veiligheid", region: "vrij", left: 430, right: 620)
        .Text("3:1", 200, 900);

    [Fact]
    public void The_INTERN_line_under_the_lint_Should_be_IBP080_at_the_layout()
    {
        // Where the internal build drew it before issue 31: 8 mm from the top, centred, over the lint.
        var facts = PageBuilder.Document(FirstPage().Margin("voet", "INTERN: bevat gelakte passages, niet openbaar maken", new Box(236, 35, 322, 16)));

        var d = Single(new ClearOfFurniture(), facts);

        Assert.Equal((DiagnosticCodes.UnderFurniture, "content/documenten/d/document.yml"), (d.Code, d.Position.File));
        Assert.Contains("'INTERN: bevat gelakte passages, niet ope…'", d.Message, StringComparison.Ordinal);
        Assert.Contains("(briefhoofd, lint) on page 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_INTERN_line_at_the_foot_and_the_woordmerk_in_its_place_Should_pass()
    {
        var facts = PageBuilder.Document(FirstPage().Margin("voet", "INTERN: bevat gelakte passages, niet openbaar maken", new Box(87, 1070, 322, 22)));

        Assert.Empty(Run(new ClearOfFurniture(), facts));
    }

    [Fact]
    public void Body_text_in_the_letterhead_Should_be_IBP080_at_that_text()
    {
        var facts = PageBuilder.Document(FirstPage().Text("5:1", 120, 150, "Tekst die te hoog staat"));

        var d = Single(new ClearOfFurniture(), facts);

        Assert.Equal((DiagnosticCodes.UnderFurniture, Body, 5, 1), (d.Code, d.Position.File, d.Position.Line, d.Position.Column));
        Assert.Contains("'Tekst die te hoog staat' stands under the page's furniture (briefhoofd, lint) on page 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_drawn_over_the_running_colofon_Should_be_IBP080_and_the_colofon_s_own_lines_pass()
    {
        var colofon = new Box(578, 113, 151, 60);
        PageBuilder Page() => new PageBuilder().Furniture("colofon", colofon, FurnitureHolds.Furniture)
            .Margin("voet", "Directoraat-Generaal Migratie", new Box(578, 115, 120, 9)).Margin("voet", "Datum", new Box(578, 140, 30, 9))
            .Margin("voet", "Pagina 2 van 2", new Box(578, 1080, 60, 9)).Text("3:1", 113, 900);
        var clear = PageBuilder.Document(new PageBuilder(), Page());
        var over = PageBuilder.Document(new PageBuilder(), Page().Margin("voet", "INTERN", new Box(600, 138, 40, 12)));

        Assert.Empty(Run(new ClearOfFurniture(), clear));
        Assert.Contains(Run(new ClearOfFurniture(), over), d => d.Code == DiagnosticCodes.UnderFurniture && d.Message.Contains("'INTERN'", StringComparison.Ordinal) && d.Message.Contains("page 2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_gate_Should_run_every_rule()
    {
        // Every rule class in the library, so a new rule that is not registered fails here.
        var all = typeof(ILayoutRule).Assembly.GetTypes().Where(t => typeof(ILayoutRule).IsAssignableFrom(t) && !t.IsInterface).OrderBy(t => t.Name).ToList();
        Assert.Equal(9, all.Count);
        Assert.Equal(all, LayoutGate.Rules.Select(r => r.GetType()).OrderBy(t => t.Name));
    }

    private static Diagnostic Single(ILayoutRule rule, LayoutFacts facts) => Assert.Single(Run(rule, facts));

    private static IReadOnlyList<Diagnostic> Run(ILayoutRule rule, LayoutFacts facts)
    {
        var diagnostics = new DiagnosticBag();
        rule.Check(facts, PageBuilder.Context(), diagnostics);
        return diagnostics.ToSortedList();
    }
}
