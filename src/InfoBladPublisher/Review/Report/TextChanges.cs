namespace InfoBladPublisher.Review.Report;

/// <summary>One changed block of a document's text: its words, with those removed and added marked.</summary>
/// <param name="Page">The page it stands on in the head (in the base, when the head has none of it).</param>
public sealed record TextChange(int Page, IReadOnlyList<DiffWord> Words);

/// <summary>
/// What a document's words did, over the whole PDF text: the words of all pages are diffed as one text, so a line
/// that only moved to the next page, or a paragraph broken into lines differently, is no change. A run of words
/// removed in one place and added, the same, in another only moved (pdftotext may read a side column, such as
/// the kenmerk, before or after the body as the pages change), and is no change either. Each block is the lines
/// that hold changed words, marked word by word.
/// </summary>
public static class TextChanges
{
    /// <summary>A moved run must be this long: one short word removed here and added there is a real change.</summary>
    public const int MovedRunWords = 2;

    public static IReadOnlyList<TextChange> Between(DocumentSide? before, DocumentSide? after)
    {
        if (before is null || after is null)
        {
            return [];
        }

        var entries = Entries(Words(before), Words(after));
        var moved = Moved(entries);
        var removedLines = entries.Where((e, i) => e.Kind == WordKind.Removed && !moved.Contains(i)).Select(e => e.A!.Line).ToHashSet();
        var addedLines = entries.Where((e, i) => e.Kind == WordKind.Added && !moved.Contains(i)).Select(e => e.B!.Line).ToHashSet();

        // A block: consecutive words on a line that holds a change (a change, or the words around it on its line).
        var changes = new List<TextChange>();
        var block = new List<Entry>();
        for (var i = 0; i <= entries.Count; i++)
        {
            var shown = i < entries.Count && !moved.Contains(i) && entries[i] switch
            {
                { Kind: WordKind.Removed } or { Kind: WordKind.Added } => true,
                var same => removedLines.Contains(same.A!.Line) || addedLines.Contains(same.B!.Line),
            };
            if (shown)
            {
                block.Add(entries[i]);
            }
            else if (i == entries.Count || !moved.Contains(i))
            {
                if (block.Any(e => e.Kind != WordKind.Same))
                {
                    changes.Add(new TextChange((block.FirstOrDefault(e => e.B is not null)?.B ?? block[0].A)!.Page, [.. block.Select(e => new DiffWord(e.Kind, (e.B ?? e.A)!.Text))]));
                }

                block.Clear();
            }
        }

        return changes;
    }

    /// <summary>One word of a side, with its page and its line over the whole document.</summary>
    private sealed record Word(int Page, int Line, string Text);

    /// <summary>One step of the diff: a word of both sides, of the base only, or of the head only.</summary>
    private sealed record Entry(WordKind Kind, Word? A, Word? B);

    private static List<Entry> Entries(List<Word> a, List<Word> b)
    {
        var diff = DiffPlex.Differ.Instance.CreateDiffs(
            string.Join('\n', a.Select(w => w.Text)), string.Join('\n', b.Select(w => w.Text)), ignoreWhiteSpace: false, ignoreCase: false, WordDiff.Pieces.Instance);
        var entries = new List<Entry>();
        var (i, j) = (0, 0);
        foreach (var block in diff.DiffBlocks)
        {
            for (; i < block.DeleteStartA; i++, j++)
            {
                entries.Add(new Entry(WordKind.Same, a[i], b[j]));
            }

            entries.AddRange(a.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(w => new Entry(WordKind.Removed, w, null)));
            entries.AddRange(b.Skip(block.InsertStartB).Take(block.InsertCountB).Select(w => new Entry(WordKind.Added, null, w)));
            (i, j) = (block.DeleteStartA + block.DeleteCountA, block.InsertStartB + block.InsertCountB);
        }

        for (; i < a.Count; i++, j++)
        {
            entries.Add(new Entry(WordKind.Same, a[i], b[j]));
        }

        return entries;
    }

    /// <summary>The entries of every run of removed words that is added, word for word, as a run elsewhere; and of that run.</summary>
    private static HashSet<int> Moved(List<Entry> entries)
    {
        var runs = new List<(WordKind Kind, int Start, int Length, string Key)>();
        for (var i = 0; i < entries.Count;)
        {
            var end = i;
            while (end < entries.Count && entries[end].Kind == entries[i].Kind)
            {
                end++;
            }

            if (entries[i].Kind != WordKind.Same && end - i >= MovedRunWords)
            {
                runs.Add((entries[i].Kind, i, end - i, string.Join('\n', entries.Skip(i).Take(end - i).Select(e => (e.A ?? e.B)!.Text))));
            }

            i = end;
        }

        var moved = new HashSet<int>();
        var added = runs.Where(r => r.Kind == WordKind.Added).ToList();
        foreach (var removed in runs.Where(r => r.Kind == WordKind.Removed))
        {
            var match = added.FindIndex(r => r.Key == removed.Key);
            if (match >= 0)
            {
                moved.UnionWith(Enumerable.Range(removed.Start, removed.Length));
                moved.UnionWith(Enumerable.Range(added[match].Start, added[match].Length));
                added.RemoveAt(match);
            }
        }

        return moved;
    }

    /// <summary>Every word with its page and line; a line break inside a line (pdftotext gives none) is a space.</summary>
    private static List<Word> Words(DocumentSide side)
    {
        var words = new List<Word>();
        var line = 0;
        for (var page = 0; page < side.PageText.Count; page++)
        {
            foreach (var text in side.PageText[page])
            {
                words.AddRange(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new Word(page + 1, line, w)));
                line++;
            }
        }

        return words;
    }
}
