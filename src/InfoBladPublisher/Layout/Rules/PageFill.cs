using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>No page but the last is less than half full, unless the next page starts with a forced break.</summary>
internal sealed class PageFill : ILayoutRule
{
    public const double MinimumFill = 0.5;

    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < facts.Pages.Count - 1; i++)
        {
            var page = facts.Pages[i];
            var next = facts.Pages[i + 1];
            if (page.Area is null || next.ForcedBreakBefore)
            {
                continue;
            }

            var fill = Fill(page);
            if (fill >= MinimumFill)
            {
                continue;
            }

            var pushed = next.Blocks.FirstOrDefault(b => b.Region == "tekst");
            diagnostics.Report(DiagnosticCodes.PageHalfEmpty, context.PositionOf(pushed?.Src),
                $"pagina {page.Number} is maar voor {fill:P0} gevuld, omdat wat volgt ('{pushed?.Text ?? "…"}') er niet op paste; splits een lange tabel of maak de figuur kleiner",
                $"page {page.Number} is only {fill:P0} full because what follows ('{pushed?.Text ?? "…"}') did not fit on it; split a long table or make the figure smaller");
        }
    }

    /// <summary>The part of the page area used by body text and notes.</summary>
    public static double Fill(PageFacts page)
    {
        var area = page.Area!;
        var body = page.Blocks.Where(b => b.Region == "tekst").Select(b => b.Box.Bottom).DefaultIfEmpty(area.Y).Max() - area.Y;
        // The note area from every piece of note text on the page: a note carried on from the page before has
        // its start (and its tag) there, but its lines fill this page all the same.
        var pieces = page.Blocks.Where(b => b.Region == "noot").ToList();
        var notes = Math.Max(page.Notes?.H ?? 0, pieces.Count == 0 ? 0 : pieces.Max(b => b.Box.Bottom) - pieces.Min(b => b.Box.Y));
        return Math.Clamp((body + notes) / area.H, 0, 1);
    }
}
