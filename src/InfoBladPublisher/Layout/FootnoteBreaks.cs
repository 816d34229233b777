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
        // Page by page, because a fix moves everything after it: the first page's problem is the one to fix.
        var starts = facts.NoteStarts();
        foreach (var page in facts.Pages)
        {
            // The engine can also grow the note area over text it has already placed (seen with a heading and
            // its paragraph after the page's last call): that text starts the next page instead.
            var fix = StartOfWhatRunsIntoTheNotes(page) is { Src: { } src }
                ? new LineBreakFix(src, 0)
                : page.Calls
                    .Where(c => c.Src is not null && starts.TryGetValue(c.Owner, out var start) && start.Page.Index > page.Index)
                    .Select(c => new LineBreakFix(c.Src!, c.WordsBeforeLine))
                    .FirstOrDefault();
            if (fix is not null)
            {
                // The same fix again means the line is already at the top of its page: more breaks cannot help.
                return applied.Contains(fix) ? null : fix;
            }
        }

        return null;
    }

    /// <summary>What to move for text over the notes: that block, or the heading just above it, which goes along.</summary>
    private static BlockFacts? StartOfWhatRunsIntoTheNotes(PageFacts page)
    {
        if (IntoTheNotes(page) is not { } over)
        {
            return null;
        }

        var before = page.Blocks.Where(b => b.Region == "tekst").TakeWhile(b => b != over).LastOrDefault();
        return before is { Heading: true, Src: not null } ? before : over;
    }

    /// <summary>The first block of body text on the page that overlaps its note area, if any.</summary>
    public static BlockFacts? IntoTheNotes(PageFacts page) =>
        page.Notes is { } notes ? page.Blocks.FirstOrDefault(b => b.Region == "tekst" && b.Box.Overlaps(notes, slack: 1)) : null;
}
