using InfoBladPublisher.Markdown.Print;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>How the build shares the text column among a table's columns, from their text.</summary>
public sealed class ColumnWidthsTests
{
    private static string[] Row(params string[] cells) => cells;

    [Fact]
    public void Every_column_Should_be_at_least_as_wide_as_its_longest_word_when_a_long_column_wants_the_room()
    {
        var longText = string.Join(' ', Enumerable.Repeat("toelichting die doorloopt", 20));
        var widths = ColumnWidths.Of([Row("Onderdeel", "Aantal", "Toelichting")], [Row("uitvoeringsorganisatie", "39,755", longText)], 3);

        Assert.True(widths[0] >= "uitvoeringsorganisatie".Length, $"first column {widths[0]}");
        Assert.True(widths[1] >= "Aantal".Length * 1.1 - 0.01, $"second column {widths[1]}");
        Assert.True(widths[2] > widths[0], "the long column takes what is left");
        Assert.InRange(widths.Sum(), ColumnWidths.ColumnCharacters - 4, ColumnWidths.ColumnCharacters);
    }

    [Fact]
    public void Columns_that_fit_on_one_line_Should_share_the_width_by_what_they_hold()
    {
        var widths = ColumnWidths.Of([Row("Jaar", "Ingediend")], [Row("2016", "420"), Row("2017", "12345")], 2);

        Assert.True(widths[1] > widths[0], "the wider text gets the wider column");
        Assert.Equal(4.4 / 9.9, widths[0] / widths[1], 2);
    }

    [Fact]
    public void A_table_of_words_too_long_for_the_column_Should_still_give_each_column_its_share()
    {
        var word = new string('x', 60);
        var widths = ColumnWidths.Of([], [Row(word, word)], 2);

        Assert.Equal(widths[0], widths[1]);
        Assert.True(widths[0] > 0);
        Assert.Empty(ColumnWidths.Of([], [], 0));
    }
}
