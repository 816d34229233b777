namespace InfoBladPublisher.Layout;

/// <summary>
/// The footnote fixes of one document across its layout passes. A pass fixes every page with a problem at
/// once, which a long document needs: one fix per pass cost a whole layout each (about four minutes for 300
/// pages). Only the first fix of a pass is certain, since each fix moves what follows; a later one is right if
/// the page it was found on still starts the same way in the next layout (the move was absorbed before it, by
/// a heading, a table or a block that would not split). A fix whose page no longer exists is taken back, and
/// the document is laid out again before anything new is planned. From then on the fixes come one per pass, the
/// first problem's only: guessing has failed once in this document, and each failure costs a whole layout. The
/// layouts that only take fixes back do not count against the document's passes.
/// </summary>
internal sealed class FootnotePasses
{
    private readonly List<PlannedFix> _fixes = [];
    private bool _oneAtATime;

    public IReadOnlyList<LineBreakFix> Applied => [.. _fixes.Select(f => f.Fix)];

    /// <summary>How many fixes were taken back because the layout around them had moved.</summary>
    public int TakenBack { get; private set; }

    /// <summary>Layouts made only to take fixes back; they do not count against the passes a document may have.</summary>
    public int TakeBackPasses { get; private set; }

    /// <summary>
    /// Whether the layout of pass <paramref name="pass"/> (1-based) is the last: as many passes as
    /// <see cref="FootnoteBreaks.MaxPasses"/> beside those that took fixes back, and never more than twice that.
    /// </summary>
    public bool IsLast(int pass) => pass - TakeBackPasses >= FootnoteBreaks.MaxPasses || pass >= 2 * FootnoteBreaks.MaxPasses;

    /// <summary>Judges a layout made with <see cref="Applied"/>; true when the document must be laid out again with the new <see cref="Applied"/>.</summary>
    public bool Next(LayoutFacts facts)
    {
        var starts = facts.Pages.Select(PageStart.Of).ToHashSet();
        var stale = _fixes.RemoveAll(f => !starts.Contains(f.Page));
        if (stale > 0)
        {
            // What follows a stale fix was laid out around it: plan again from a layout without it.
            TakenBack += stale;
            TakeBackPasses++;
            _oneAtATime = true;
            return true;
        }

        var plan = FootnoteBreaks.Plan(facts, Applied);
        _fixes.AddRange(_oneAtATime ? plan.Take(1) : plan);
        return plan.Count > 0;
    }
}
