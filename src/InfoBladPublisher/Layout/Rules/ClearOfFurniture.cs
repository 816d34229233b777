using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>
/// No text stands under the page's furniture: body text, notes and the marks (INTERN, CONCEPT) keep clear of the
/// letterhead, the lint, the woordmerk and the running colofon, in every build. The layout declares where its
/// furniture is (<see cref="FurnitureArea"/>); all that may stand in an area is its own text: the woordmerk in the
/// letterhead, the running colofon's lines (artifacts) in theirs, none over another.
/// </summary>
internal sealed class ClearOfFurniture : ILayoutRule
{
    /// <summary>A CSS px: the typewoord's cap height may touch the letterhead's foot by a fraction of that.</summary>
    private const double Slack = 1;

    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        foreach (var page in facts.Pages.Where(p => p.Furniture.Count > 0))
        {
            foreach (var block in page.Blocks)
            {
                var under = Under(page, block.Box, area => IsOwn(area, block));
                if (under.Count > 0)
                {
                    var areas = string.Join(", ", under);
                    diagnostics.Report(DiagnosticCodes.UnderFurniture, context.PositionOf(block.Src),
                        $"{(block.IsImage ? "een afbeelding" : $"de tekst '{Snippet.Of(block.Text)}'")} staat onder de vaste onderdelen van de pagina ({areas}) op pagina {page.Number}: de drukopmaak laat de tekst daar doorlopen; houd de marges en geplaatste blokken vrij van het briefhoofd en het doorlopende colofon",
                        $"{(block.IsImage ? "an image" : $"the text '{Snippet.Of(block.Text)}'")} stands under the page's furniture ({areas}) on page {page.Number}: the print layout lets its text run there; keep its margins and placed blocks clear of the letterhead and the running colofon");
                }
            }

            foreach (var line in page.Margins)
            {
                var under = Under(page, line.Box, area => IsOwn(area, line, page.Margins));
                if (under.Count > 0)
                {
                    var areas = string.Join(", ", under);
                    diagnostics.Report(DiagnosticCodes.UnderFurniture, context.LayoutPosition,
                        $"de regel '{Snippet.Of(line.Text)}' die de opmaak op de pagina zet (een markering zoals INTERN of CONCEPT, of een vast onderdeel) staat onder de vaste onderdelen van de pagina ({areas}) op pagina {page.Number}: plaats de regel waar die niets raakt (zie markeringen in huisstijl.typ)",
                        $"the line '{Snippet.Of(line.Text)}' the layout draws on the page (a mark such as INTERN or CONCEPT, or furniture) stands under the page's furniture ({areas}) on page {page.Number}: place it where it meets nothing (see markeringen in huisstijl.typ)");
                }
            }
        }
    }

    /// <summary>The names of the areas <paramref name="box"/> overlaps that do not hold it as their own.</summary>
    private static List<string> Under(PageFacts page, Box box, Func<FurnitureFacts, bool> own) =>
        page.Furniture.Where(area => area.Box.Overlaps(box, Slack) && !own(area)).Select(area => area.Name).ToList();

    /// <summary>The woordmerk: the layout's own tagged text (no source in tekst.md), above the column and inside the area.</summary>
    private static bool IsOwn(FurnitureFacts area, BlockFacts block) =>
        area.Holds == FurnitureHolds.LayoutText && block is { Region: "vrij", Src: null, IsImage: false } && area.Box.Contains(block.Box, Slack);

    /// <summary>A running colofon's line: inside its area, and drawn over no other line.</summary>
    private static bool IsOwn(FurnitureFacts area, MarginFacts line, IReadOnlyList<MarginFacts> lines) =>
        area.Holds == FurnitureHolds.Furniture && area.Box.Contains(line.Box, Slack) && !lines.Any(other => other != line && other.Box.Overlaps(line.Box, Slack));
}
