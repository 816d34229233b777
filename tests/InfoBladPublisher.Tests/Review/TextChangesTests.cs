using InfoBladPublisher.Review.Report;

namespace InfoBladPublisher.Tests.Review;

/// <summary>A document's text changes are taken over all its pages: moved lines and new line breaks are no change.</summary>
public sealed class TextChangesTests
{
    [Fact]
    public void A_paragraph_broken_into_other_lines_and_pages_Should_be_no_text_change()
    {
        var before = ReviewDocuments.Side("d", "T", ["Kop", "een twee drie", "vier vijf"], ["zes zeven"]);
        var after = ReviewDocuments.Side("d", "T", ["Kop", "een twee", "drie vier"], ["vijf zes zeven"]);

        Assert.Empty(TextChanges.Between(before, after));
    }

    [Fact]
    public void One_word_changed_on_page_two_Should_be_one_block_on_page_two_marking_that_word()
    {
        var before = ReviewDocuments.Side("d", "T", ["Kop", "een twee drie"], ["vier vijf zes", "zeven acht"]);
        var after = ReviewDocuments.Side("d", "T", ["Kop", "een twee drie"], ["vier VIJF zes", "zeven acht"]);

        var change = Assert.Single(TextChanges.Between(before, after));

        Assert.Equal(2, change.Page);
        Assert.Equal([new DiffWord(WordKind.Same, "vier"), new DiffWord(WordKind.Removed, "vijf"), new DiffWord(WordKind.Added, "VIJF"), new DiffWord(WordKind.Same, "zes")], change.Words);
    }

    [Fact]
    public void One_short_word_removed_here_and_added_there_Should_stay_a_change()
    {
        var before = ReviewDocuments.Side("d", "T", ["niet de minister besluit", "vast"]);
        var after = ReviewDocuments.Side("d", "T", ["de minister besluit", "vast niet"]);

        var words = TextChanges.Between(before, after).SelectMany(c => c.Words).Where(w => w.Kind != WordKind.Same);

        Assert.Equal([new DiffWord(WordKind.Removed, "niet"), new DiffWord(WordKind.Added, "niet")], words);
    }

    [Fact]
    public void Two_changes_apart_Should_be_two_blocks()
    {
        var before = ReviewDocuments.Side("d", "T", ["alpha", "beta", "gamma", "delta"]);
        var after = ReviewDocuments.Side("d", "T", ["alpha x", "beta", "gamma", "delta y"]);

        Assert.Equal([["x"], ["y"]], TextChanges.Between(before, after).Select(c => c.Words.Where(w => w.Kind == WordKind.Added).Select(w => w.Text).ToArray()));
    }

    [Fact]
    public void A_line_read_elsewhere_in_the_document_Should_be_no_text_change_and_leave_the_real_one_whole()
    {
        var before = ReviewDocuments.Side("d", "T", ["Titel", "Ons kenmerk 123", "Tekst met een noot.", "Slot"]);
        var after = ReviewDocuments.Side("d", "T", ["Titel", "Tekst met een voetnoot.", "Slot", "Ons kenmerk 123"]);

        var words = Assert.Single(TextChanges.Between(before, after)).Words;

        Assert.Equal(["noot."], words.Where(w => w.Kind == WordKind.Removed).Select(w => w.Text));
        Assert.Equal(["voetnoot."], words.Where(w => w.Kind == WordKind.Added).Select(w => w.Text));
    }
}
