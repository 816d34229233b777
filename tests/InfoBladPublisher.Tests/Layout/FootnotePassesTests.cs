using InfoBladPublisher.Layout;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>Every page's footnote fix in one pass, and a fix taken back when the page it was found on moved.</summary>
public sealed class FootnotePassesTests
{
    /// <summary>Two pages whose calls' notes start on the page after: each needs its line moved.</summary>
    private static LayoutFacts TwoProblems() => PageBuilder.Document(
        new PageBuilder().Text("3:1", 113, 978, "Eerste alinea").Call("n1", "1", "3:1"),
        new PageBuilder().Text("5:1", 113, 500, "Tweede alinea").Note("n1", 1, "3:42"),
        new PageBuilder().Text("7:1", 113, 978, "Derde alinea").Call("n2", "2", "7:1"),
        new PageBuilder().Text("9:1", 113, 500, "Vierde alinea").Note("n2", 2, "7:42"));

    /// <summary>The layout after both fixes, with the second fix's page at <paramref name="third"/>.</summary>
    private static LayoutFacts Fixed(string thirdSrc = "7:1", string thirdText = "Derde alinea") => PageBuilder.Document(
        new PageBuilder().Text("3:1", 113, 950, "Eerste alinea"),
        new PageBuilder().Text("3:1", 113, 500, "rest van de eerste").Call("n1", "1", "3:1").Note("n1", 1, "3:42"),
        new PageBuilder().Text(thirdSrc, 113, 950, thirdText),
        new PageBuilder().Text("7:1", 113, 500, "rest van de derde").Call("n2", "2", "7:1").Note("n2", 2, "7:42"));

    /// <summary>Passes that have judged <see cref="TwoProblems"/> and planned both fixes.</summary>
    private static FootnotePasses BothProblemsFixed()
    {
        var passes = new FootnotePasses();
        passes.Next(TwoProblems());
        return passes;
    }

    [Fact]
    public void Every_page_with_a_problem_Should_get_its_fix_in_the_same_pass()
    {
        var passes = new FootnotePasses();

        Assert.True(passes.Next(TwoProblems()));

        Assert.Equal([new LineBreakFix("3:1", 0), new LineBreakFix("7:1", 0)], passes.Applied);
    }

    [Fact]
    public void Fixes_whose_pages_start_as_before_Should_stand_and_end_the_passes()
    {
        var passes = BothProblemsFixed();

        Assert.False(passes.Next(Fixed()));

        Assert.Equal(2, passes.Applied.Count);
        Assert.Equal(0, passes.TakenBack);
    }

    [Fact]
    public void A_fix_whose_page_moved_Should_be_taken_back_and_the_document_laid_out_again()
    {
        var passes = BothProblemsFixed();

        // The first fix pushed other text to the top of page 3: the second fix was planned on a page that is gone.
        Assert.True(passes.Next(Fixed(thirdSrc: "6:1", thirdText: "Iets anders")));

        Assert.Equal([new LineBreakFix("3:1", 0)], passes.Applied);
        Assert.Equal(1, passes.TakenBack);
    }

    [Fact]
    public void After_a_fix_was_taken_back_Should_fix_one_page_per_pass_and_not_count_the_pass_that_took_it_back()
    {
        var passes = BothProblemsFixed();
        passes.Next(Fixed(thirdSrc: "6:1", thirdText: "Iets anders"));

        // Both problems seen again (the layout without the second fix): only the first one's fix is planned.
        Assert.True(passes.Next(TwoProblemsAfterTheFirst()));

        Assert.Equal(2, passes.Applied.Count);
        Assert.Equal(new LineBreakFix("7:1", 0), passes.Applied[^1]);
        Assert.Equal(1, passes.TakeBackPasses);
        Assert.False(passes.IsLast(FootnoteBreaks.MaxPasses));
        Assert.True(passes.IsLast(FootnoteBreaks.MaxPasses + 1));
    }

    /// <summary>The first problem fixed, two more pages with a note after its call.</summary>
    private static LayoutFacts TwoProblemsAfterTheFirst() => PageBuilder.Document(
        new PageBuilder().Text("3:1", 113, 950, "Eerste alinea"),
        new PageBuilder().Text("7:1", 113, 978, "Derde alinea").Call("n2", "2", "7:1"),
        new PageBuilder().Text("9:1", 113, 978, "Vierde alinea").Note("n2", 2, "7:42").Call("n3", "3", "9:1"),
        new PageBuilder().Text("11:1", 113, 500, "Vijfde alinea").Note("n3", 3, "9:42"));

    [Fact]
    public void A_first_problem_already_fixed_Should_end_the_passes_for_the_gate_to_judge()
    {
        var passes = BothProblemsFixed();

        // The same layout again: its lines are at the top of their pages already, and more breaks cannot help.
        Assert.False(passes.Next(TwoProblems()));
        Assert.Equal(2, passes.Applied.Count);
    }

    [Fact]
    public void A_page_start_Should_look_past_a_repeated_table_header_and_a_note_called_on_the_page()
    {
        // Two pages of one table: the same header row on top, different rows below it.
        var facts = PageBuilder.Document(
            new PageBuilder().Text("20:1", 113, 130, "Onderdeel", tag: "div").Text("21:1", 130, 900, "toezicht 11", tag: "td"),
            new PageBuilder().Text("20:1", 113, 130, "Onderdeel", tag: "div").Text("31:1", 130, 900, "afspraken 20", tag: "td"),
            new PageBuilder().Text("40:1", 113, 900, "Een alinea").Call("n1", "1", "40:1").Note("n1", 1, "40:9"),
            new PageBuilder().Text("40:1", 113, 900, "Een alinea"));

        var starts = facts.Pages.Select(PageStart.Of).ToList();

        Assert.Contains("toezicht 11", starts[0].Text, StringComparison.Ordinal);
        Assert.NotEqual(starts[0] with { Parity = 0 }, starts[1] with { Parity = 0 });
        Assert.Null(starts[2].FirstNote);
        Assert.Equal(starts[2] with { Parity = 0, First = false }, starts[3] with { Parity = 0 });
    }

    [Fact]
    public void A_page_start_Should_tell_the_first_page_its_side_and_a_note_carried_over()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 900, "Eerste alinea"),
            new PageBuilder().Text("3:1", 113, 900, "Eerste alinea"),
            new PageBuilder().Text("3:1", 113, 900, "Eerste alinea"),
            new PageBuilder().Text("3:1", 113, 900, "Eerste alinea").Note("n1", 1, "2:1"));

        var starts = facts.Pages.Select(PageStart.Of).ToList();

        Assert.Equal(4, starts.Distinct().Count());
        Assert.Equal(new PageStart(false, 0, "3:1", "Eerste alinea|", null), starts[2]);
    }
}
