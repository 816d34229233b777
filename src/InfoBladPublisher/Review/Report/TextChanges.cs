namespace InfoBladPublisher.Review.Report;

/// <summary>One changed block of a document's text: its words, with those removed and added marked.</summary>
/// <param name="Page">The page it stands on in the head (in the base, when the head has none of it).</param>
public sealed record TextChange(int Page, IReadOnlyList<DiffWord> Words);

/// <summary>
/// What a document's words did, over the whole PDF text: the lines of all pages are diffed as one text (so a line
/// that only moved to the next page is no change), and each run of differing lines is diffed by word. A run
/// whose words are all the same (a paragraph only broken into lines differently) is no text change.
/// </summary>
public static class TextChanges
{
    public static IReadOnlyList<TextChange> Between(DocumentSide? before, DocumentSide? after)
    {
        if (before is null || after is null)
        {
            return [];
        }

        var (a, b) = (Lines(before), Lines(after));
        var diff = DiffPlex.Differ.Instance.CreateDiffs(
            string.Join('\n', a.Select(l => l.Text)), string.Join('\n', b.Select(l => l.Text)), ignoreWhiteSpace: true, ignoreCase: false, WordDiff.Pieces.Instance);
        var changes = new List<TextChange>();
        foreach (var block in diff.DiffBlocks)
        {
            var removed = a.Skip(block.DeleteStartA).Take(block.DeleteCountA).ToList();
            var added = b.Skip(block.InsertStartB).Take(block.InsertCountB).ToList();
            var words = WordDiff.Of(removed.Select(l => l.Text), added.Select(l => l.Text));
            if (WordDiff.HasChange(words))
            {
                changes.Add(new TextChange(added.Count > 0 ? added[0].Page : removed[0].Page, words));
            }
        }

        return changes;
    }

    /// <summary>Every line with its page; a line break inside one (pdftotext gives none) would shift the diff's pieces.</summary>
    private static List<(int Page, string Text)> Lines(DocumentSide side) =>
        [.. side.PageText.SelectMany((lines, i) => lines.Select(l => (i + 1, l.ReplaceLineEndings(" "))))];
}
