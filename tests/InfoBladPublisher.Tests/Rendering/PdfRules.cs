using UglyToad.PdfPig.Content;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>A horizontal line the page draws (a table rule), in pt from the page's bottom left.</summary>
internal sealed record PdfRule(double Y, double Left, double Right, double Width);

/// <summary>The rules of a table as the PDF draws them: stroked horizontal segments, read from the page's paths.</summary>
internal static class PdfRules
{
    public static List<PdfRule> Horizontal(Page page) =>
        page.Paths.Where(p => p.IsStroked)
            .SelectMany(p => p.Select(s => (Box: s.GetBoundingRectangle(), p.LineWidth)))
            .Where(s => s.Box is { } b && b.Height < 0.1 && b.Width > 1)
            .Select(s => new PdfRule(s.Box!.Value.Bottom, s.Box.Value.Left, s.Box.Value.Right, s.LineWidth))
            .OrderByDescending(r => r.Y)
            .ToList();

    /// <summary>
    /// The rules between two heights, one per height: where several segments share a height (a rule broken at
    /// the column gutters), the one reported is the longest.
    /// </summary>
    public static List<PdfRule> Between(Page page, double top, double bottom) =>
        Horizontal(page).Where(r => r.Y < top && r.Y > bottom)
            .GroupBy(r => Math.Round(r.Y, 1))
            .Select(g => g.MaxBy(r => r.Right - r.Left)!)
            .ToList();

    /// <summary>Asserts that <paramref name="rule"/> runs unbroken from the table's left edge to its right edge.</summary>
    public static void AssertSpans(PdfRule rule, double left, double right) =>
        Assert.True(rule.Left <= left + 1 && rule.Right >= right - 1,
            $"the rule at y = {rule.Y:0.0} runs from {rule.Left:0.0} to {rule.Right:0.0} pt; the table runs from {left:0.0} to {right:0.0}: it is broken (at a column gutter)");
}
