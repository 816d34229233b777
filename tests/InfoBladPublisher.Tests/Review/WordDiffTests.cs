using InfoBladPublisher.Review.Report;

namespace InfoBladPublisher.Tests.Review;

/// <summary>
/// The word diff marks exactly the words that changed: generated sentences with one word replaced, inserted or
/// removed, broken into lines differently on each side, must mark that word and nothing else.
/// </summary>
public sealed class WordDiffTests
{
    private static readonly string[] Vocabulary =
    [
        "de", "het", "een", "minister", "nota", "besluit", "tekst", "regel", "van", "en", "in", "op", "wet", "termijn",
        "verzoek", "Woo", "Kamer", "brief", "datum", "met", "voor", "over", "is", "wordt", "zijn", "2024", "artikel", "lid",
    ];

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        foreach (var seed in Enumerable.Range(1, 40))
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_replaced_word_Should_be_the_only_word_marked_on_each_side(int seed)
    {
        var random = new Random(seed);
        var before = Sentence(random);
        var at = random.Next(before.Count);
        var replacement = "Nieuwwoord" + seed;
        var after = before.ToList();
        after[at] = replacement;

        var words = WordDiff.Of(Lines(before, random), Lines(after, random));

        Assert.Equal([before[at]], words.Where(w => w.Kind == WordKind.Removed).Select(w => w.Text));
        Assert.Equal([replacement], words.Where(w => w.Kind == WordKind.Added).Select(w => w.Text));
        Assert.Equal(before.Count - 1, words.Count(w => w.Kind == WordKind.Same));
        Assert.Equal(after, words.Where(w => w.Kind != WordKind.Removed).Select(w => w.Text)); // the head, in order
        Assert.Equal(before, words.Where(w => w.Kind != WordKind.Added).Select(w => w.Text)); // the base, in order
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void An_inserted_or_removed_word_Should_be_the_only_word_marked(int seed)
    {
        var random = new Random(seed);
        var before = Sentence(random);
        var after = before.ToList();
        var at = random.Next(after.Count + 1);
        var inserted = "Ingevoegd" + seed;
        after.Insert(at, inserted);

        var added = WordDiff.Of(Lines(before, random), Lines(after, random));
        var removed = WordDiff.Of(Lines(after, random), Lines(before, random));

        Assert.Equal([inserted], added.Where(w => w.Kind != WordKind.Same).Select(w => w.Text));
        Assert.Equal(WordKind.Added, added.Single(w => w.Kind != WordKind.Same).Kind);
        Assert.Equal([inserted], removed.Where(w => w.Kind != WordKind.Same).Select(w => w.Text));
        Assert.Equal(WordKind.Removed, removed.Single(w => w.Kind != WordKind.Same).Kind);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_same_words_broken_into_other_lines_Should_be_no_change(int seed)
    {
        var random = new Random(seed);
        var words = Sentence(random);

        Assert.False(WordDiff.HasChange(WordDiff.Of(Lines(words, random), Lines(words, random))));
    }

    [Fact]
    public void Nothing_against_nothing_Should_be_no_words()
    {
        Assert.Empty(WordDiff.Of([], []));
        Assert.Equal([new DiffWord(WordKind.Added, "Nieuw")], WordDiff.Of([], ["Nieuw"]));
    }

    /// <summary>Eight to thirty words; the same word may come more than once, as in real text.</summary>
    private static List<string> Sentence(Random random) =>
        [.. Enumerable.Range(0, random.Next(8, 31)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])];

    /// <summary>The words broken into lines at random places, as a PDF's text layer gives them.</summary>
    private static List<string> Lines(List<string> words, Random random)
    {
        var lines = new List<string>();
        for (var i = 0; i < words.Count;)
        {
            var take = random.Next(1, 8);
            lines.Add(string.Join(' ', words.Skip(i).Take(take)));
            i += take;
        }

        return lines;
    }
}
