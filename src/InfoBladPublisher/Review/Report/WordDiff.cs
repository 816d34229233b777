using DiffPlex;

namespace InfoBladPublisher.Review.Report;

public enum WordKind
{
    Same,
    Removed,
    Added,
}

/// <summary>One word of a word diff: kept, removed from the base, or added in the head.</summary>
public sealed record DiffWord(WordKind Kind, string Text);

/// <summary>
/// Words, not lines: "Tekst met een noot." → "Tekst met een voetnoot." marks one word on each side, however the
/// lines broke. Words are runs of non-white-space; the diff is DiffPlex's (Myers) over them.
/// </summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffWord> Of(IEnumerable<string> before, IEnumerable<string> after)
    {
        var (a, b) = (Words(before), Words(after));

        // One word a line, so the line differ compares words; a word holds no line break.
        var diff = Differ.Instance.CreateDiffs(string.Join('\n', a), string.Join('\n', b), ignoreWhiteSpace: false, ignoreCase: false, Pieces.Instance);
        var words = new List<DiffWord>();
        var i = 0;
        foreach (var block in diff.DiffBlocks)
        {
            words.AddRange(a[i..block.DeleteStartA].Select(w => new DiffWord(WordKind.Same, w)));
            words.AddRange(a.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(w => new DiffWord(WordKind.Removed, w)));
            words.AddRange(b.Skip(block.InsertStartB).Take(block.InsertCountB).Select(w => new DiffWord(WordKind.Added, w)));
            i = block.DeleteStartA + block.DeleteCountA;
        }

        words.AddRange(a.Skip(i).Select(w => new DiffWord(WordKind.Same, w)));
        return words;
    }

    public static bool HasChange(IReadOnlyList<DiffWord> words) => words.Any(w => w.Kind != WordKind.Same);

    /// <summary>Splits what was joined with line breaks; nothing is no piece (DiffPlex's own chunker makes one empty line of it).</summary>
    internal sealed class Pieces : IChunker
    {
        public static Pieces Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
    }

    private static string[] Words(IEnumerable<string> lines) =>
        [.. lines.SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];
}
