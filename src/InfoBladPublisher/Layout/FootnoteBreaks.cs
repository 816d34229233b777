namespace InfoBladPublisher.Layout;

/// <summary>Split the block marked <paramref name="Src"/> before its word number <paramref name="Words"/> (0-based) and start a page there.</summary>
internal sealed record LineBreakFix(string Src, int Words);

/// <summary>A fix and the start of the page it was found on: the fix holds wherever a later layout has a page that starts the same way.</summary>
internal sealed record PlannedFix(LineBreakFix Fix, PageStart Page);

/// <summary>
/// The engine's answer to a note that does not fit under its call is to defer the note (and every later note) to
/// the next page, even with <c>footnote-policy: line</c>. We correct that after layout: the line with the first
/// deferred call moves to the next page, and the document is laid out again. Every page with a problem gets its
/// fix in the same pass; only the first is certain, because a fix moves what follows (see <see cref="FootnotePasses"/>).
/// </summary>
internal static class FootnoteBreaks
{
    public const int MaxPasses = 8;

    /// <summary>
    /// The fix for each page with a problem, in page order; none when there is nothing to fix, or when the first
    /// page's fix is already applied (its line is already at the top of a page: more breaks cannot help).
    /// </summary>
    public static IReadOnlyList<PlannedFix> Plan(LayoutFacts facts, IReadOnlyCollection<LineBreakFix> applied)
    {
        var starts = facts.NoteStarts();
        var plan = new List<PlannedFix>();
        foreach (var page in facts.Pages)
        {
            if (FixOn(page, starts) is not { } fix)
            {
                continue;
            }

            if (applied.Contains(fix))
            {
                if (plan.Count == 0)
                {
                    return [];
                }

                continue;
            }

            plan.Add(new PlannedFix(fix, PageStart.Of(page)));
        }

        return plan;
    }

    private static LineBreakFix? FixOn(PageFacts page, IReadOnlyDictionary<string, (PageFacts Page, NoteFacts Note)> starts) =>
        // The engine can also grow the note area over text it has already placed (seen with a heading and its
        // paragraph after the page's last call): that text starts the next page instead.
        StartOfWhatRunsIntoTheNotes(page) is { Src: { } src }
            ? new LineBreakFix(src, 0)
            : page.Calls
                .Where(c => c.Src is not null && starts.TryGetValue(c.Owner, out var start) && start.Page.Index > page.Index)
                .Select(c => new LineBreakFix(c.Src!, c.WordsBeforeLine))
                .FirstOrDefault();

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
