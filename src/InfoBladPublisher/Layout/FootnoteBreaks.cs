namespace InfoBladPublisher.Layout;

/// <summary>Split the block marked <paramref name="Src"/> before its word number <paramref name="Words"/> (0-based) and start a page there.</summary>
internal sealed record LineBreakFix(string Src, int Words);

/// <summary>
/// The engine's answer to a note that does not fit under its call is to defer the note (and every later note) to
/// the next page, even with <c>footnote-policy: line</c>. We correct that after layout: the line with the first
/// deferred call moves to the next page, and the document is laid out again. One fix per pass, because every
/// fix moves what follows.
/// </summary>
internal static class FootnoteBreaks
{
    public const int MaxPasses = 8;

    public static LineBreakFix? Next(LayoutFacts facts, IReadOnlyCollection<LineBreakFix> applied)
    {
        var starts = facts.NoteStarts();
        foreach (var page in facts.Pages)
        {
            foreach (var call in page.Calls)
            {
                if (call.Src is null || !starts.TryGetValue(call.Owner, out var start) || start.Page.Index <= page.Index)
                {
                    continue;
                }

                // The same fix again means the line is already at the top of its page: more breaks cannot help.
                var fix = new LineBreakFix(call.Src, call.WordsBeforeLine);
                return applied.Contains(fix) ? null : fix;
            }
        }

        return null;
    }
}
