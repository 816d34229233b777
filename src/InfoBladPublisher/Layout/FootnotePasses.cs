namespace InfoBladPublisher.Layout;

/// <summary>
/// The footnote fixes of one document across its layout passes. A pass fixes every page with a problem at
/// once, which a long document needs: one fix per pass cost a whole layout each (about four minutes for 300
/// pages). Only the first fix of a pass is certain, since each fix moves what follows; a later one is right if
/// the page it was found on still starts the same way in the next layout (the move was absorbed before it, by
/// a heading, a table or a block that would not split). A fix whose page no longer exists is taken back, and
/// the document is laid out again before anything new is planned.
/// </summary>
internal sealed class FootnotePasses
{
    private readonly List<PlannedFix> _fixes = [];

    public IReadOnlyList<LineBreakFix> Applied => [.. _fixes.Select(f => f.Fix)];

    /// <summary>How many fixes were taken back because the layout around them had moved.</summary>
    public int TakenBack { get; private set; }

    /// <summary>Judges a layout made with <see cref="Applied"/>; true when the document must be laid out again with the new <see cref="Applied"/>.</summary>
    public bool Next(LayoutFacts facts)
    {
        var starts = facts.Pages.Select(PageStart.Of).ToHashSet();
        var stale = _fixes.RemoveAll(f => !starts.Contains(f.Page));
        if (stale > 0)
        {
            // What follows a stale fix was laid out around it: plan again from a layout without it.
            TakenBack += stale;
            return true;
        }

        var plan = FootnoteBreaks.Plan(facts, Applied);
        _fixes.AddRange(plan);
        return plan.Count > 0;
    }
}
