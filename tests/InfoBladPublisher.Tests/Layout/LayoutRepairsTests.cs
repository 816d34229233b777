using InfoBladPublisher.Layout;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>What the build asks the next layout to do differently, planned from the gate's facts on synthetic pages.</summary>
public sealed class LayoutRepairsTests
{
    [Fact]
    public void A_note_that_starts_on_another_page_than_its_call_Should_start_a_new_page_at_its_word_and_further_back_each_try()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 1000).Call("7", "7", "3:40"),
            new PageBuilder().Text("5:1", 113, 400).Note("7", 7, "3:40"));

        var first = LayoutRepairs.Plan(facts, LayoutRepairs.None);
        var second = LayoutRepairs.Plan(facts, first);

        Assert.Equal(new Dictionary<int, int> { [7] = 0 }, first.Notes);
        Assert.Equal(new Dictionary<int, int> { [7] = LayoutRepairs.WordsPerTry }, second.Notes);
        Assert.Equal(LayoutRepairs.WordsPerTry, first.With(second).Notes[7]);
    }

    [Fact]
    public void A_table_broken_after_one_row_Should_start_a_new_page_and_a_sound_page_Should_need_nothing()
    {
        var broken = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 1000).Table("0", "30:1", 1), new PageBuilder().Table("0", "30:1", 5));
        var sound = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 900).Call("1", "1", "3:10").Note("1", 1, "3:10").Table("0", "30:1", 2),
            new PageBuilder().Table("0", "30:1", 2));

        Assert.Equal([0], LayoutRepairs.Plan(broken, LayoutRepairs.None).Tables);
        Assert.True(LayoutRepairs.Plan(sound, LayoutRepairs.None).IsEmpty);
    }

    [Fact]
    public void A_row_left_alone_before_a_new_page_started_for_a_note_Should_move_that_new_page_back_by_its_rows()
    {
        // Note 9 stands in a row; the repair started page 3 at that row, and page 2 kept one row of the table.
        var lone = PageBuilder.Document(
            new PageBuilder().Table("0", "30:1", 20),
            new PageBuilder().Table("0", "30:1", 1),
            new PageBuilder().ForcedBreakBefore().Table("0", "30:1", 12).Call("9", "9", "30:1").Note("9", 9, "30:1"));
        var applied = new LayoutRepairs(new Dictionary<int, int> { [9] = 0 }, new HashSet<int>());

        var plan = LayoutRepairs.Plan(lone, applied);

        Assert.Equal(new Dictionary<int, int> { [9] = LayoutRepairs.WordsPerTry }, plan.Notes);
        Assert.Empty(plan.Tables); // not the whole table on a new page: that would not mend it
        Assert.Equal([0], LayoutRepairs.Plan(lone, LayoutRepairs.None).Tables); // no such repair of its own: as before
    }

    [Fact]
    public void A_long_table_that_leaves_one_row_on_its_last_page_Should_start_a_new_page_then_have_its_rows_loosened_once()
    {
        var widow = PageBuilder.Document(
            new PageBuilder().Table("0", "30:1", 30), new PageBuilder().Table("0", "30:1", 34), new PageBuilder().Table("0", "30:1", 1));

        var first = LayoutRepairs.Plan(widow, LayoutRepairs.None);
        var second = LayoutRepairs.Plan(widow, first);
        var third = LayoutRepairs.Plan(widow, first.With(second));

        Assert.Equal([0], first.Tables);
        Assert.Empty(first.LooseTables);
        Assert.Equal([0], second.LooseTables);
        Assert.True(third.IsEmpty, "each repair once; what is still broken is the gate's to report");
    }

    [Fact]
    public void A_table_a_new_page_did_not_mend_Should_be_loosened_next()
    {
        var broken = PageBuilder.Document(new PageBuilder().Text("3:1", 113, 1000).Table("0", "30:1", 1), new PageBuilder().Table("0", "30:1", 5));

        var first = LayoutRepairs.Plan(broken, LayoutRepairs.None);
        var second = LayoutRepairs.Plan(broken, first);

        Assert.Equal([0], first.Tables);
        Assert.Empty(first.LooseTables);
        Assert.Equal([0], second.LooseTables);
        Assert.Equal([0], first.With(second).Tables);
        Assert.Equal([0], first.With(second).LooseTables);
    }

    [Fact]
    public void A_heading_left_as_the_last_line_of_its_page_Should_start_a_new_page_once()
    {
        var facts = PageBuilder.Document(
            new PageBuilder().Text("3:1", 113, 900).Heading("7:1", 905, "2. Overwegingen"),
            new PageBuilder().Text("9:1", 113, 900));

        var first = LayoutRepairs.Plan(facts, LayoutRepairs.None);

        Assert.Equal(["7:1"], first.Headings);
        Assert.True(LayoutRepairs.Plan(facts, first).IsEmpty);
    }
}
