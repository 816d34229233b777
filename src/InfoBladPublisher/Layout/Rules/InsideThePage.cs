using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>
/// No text or image is clipped or runs out of its place: body text and notes stay in the page area, margin-box text
/// (colofon, page numbers) in its own margin box, and what the template places freely (the letterhead) on the sheet,
/// clear of its edges.
/// </summary>
internal sealed class InsideThePage : ILayoutRule
{
    /// <summary>10 mm in CSS px: closer to the edge a printer may cut, and the house style never goes there.</summary>
    public const double EdgeClearance = 10 / 25.4 * 96;

    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        foreach (var page in facts.Pages)
        {
            if (IntoTheNotes(page) is { } over)
            {
                // Drawn over the notes, both unreadable; the page area holds both, so the check below misses it.
                var what = Describe(over);
                diagnostics.Report(DiagnosticCodes.OutsideItsPlace, context.PositionOf(over.Src),
                    $"{what.Nl} loopt door in de voetnoten onderaan pagina {page.Number}: begin op een nieuwe pagina, of maak de tekst erboven korter",
                    $"{what.En} runs into the notes at the foot of page {page.Number}: start it on a new page, or shorten the text above it");
            }

            foreach (var block in page.Blocks)
            {
                var (place, bounds) = PlaceOf(page, block);
                if (bounds is null || bounds.Contains(block.Box))
                {
                    continue;
                }

                var by = Overhang(bounds, block.Box);
                var (what, hint) = (Describe(block), Hint(block));
                diagnostics.Report(DiagnosticCodes.OutsideItsPlace, context.PositionOf(block.Src),
                    $"{what.Nl} steekt {by:0} px ({by * 25.4 / 96:0.0} mm) buiten {place.Nl} uit op pagina {page.Number}{hint.Nl}",
                    $"{what.En} runs {by:0} px ({by * 25.4 / 96:0.0} mm) outside {place.En} on page {page.Number}{hint.En}");
            }
        }
    }

    /// <summary>The first block of body text on the page that overlaps its note area, if any.</summary>
    public static BlockFacts? IntoTheNotes(PageFacts page) =>
        page.Notes is { } notes ? page.Blocks.FirstOrDefault(b => b.Region == "tekst" && b.Box.Overlaps(notes, slack: 1)) : null;

    private static (Wording Place, Box? Bounds) PlaceOf(PageFacts page, BlockFacts block)
    {
        if (block.Region.StartsWith("marge:", StringComparison.Ordinal))
        {
            var name = block.Region["marge:".Length..];
            return (new($"het eigen margevak ({name})", $"its margin box ({name})"), page.Margins.FirstOrDefault(m => m.Name == name)?.Box);
        }

        if (block.Region == "vrij")
        {
            var sheet = page.Sheet;
            return block.IsImage
                ? (new("het vel", "the sheet"), sheet)
                : (new("het bedrukbare deel van het vel", "the printable part of the sheet"), new Box(EdgeClearance, EdgeClearance, sheet.W - (2 * EdgeClearance), sheet.H - (2 * EdgeClearance)));
        }

        return (block.Region == "noot" ? new("het voetnotenvak", "the note area") : new("de tekstkolom", "the text column"), page.Area);
    }

    private static double Overhang(Box bounds, Box inner) => new[]
    {
        bounds.X - inner.X, inner.Right - bounds.Right, bounds.Y - inner.Y, inner.Bottom - bounds.Bottom,
    }.Max();

    private static Wording Describe(BlockFacts block) =>
        block.IsImage ? new($"een afbeelding ({block.Tag})", $"an image ({block.Tag})") : new($"de tekst '{Snippet.Of(block.Text)}'", $"the text '{Snippet.Of(block.Text)}'");

    private static Wording Hint(BlockFacts block) => block.Region switch
    {
        "vrij" => new("; geef de organisatie een korter 'woordmerk' (de regels naast het logo)", "; give the organisation a shorter 'woordmerk' (its lines beside the logo)"),
        "tekst" or "noot" when block.IsImage => new("; maak de afbeelding kleiner", "; make the image smaller"),
        "tekst" or "noot" => new("; een lang woord, een lange URL of een lange tabelrij past niet in de kolom: breek die op of maak die korter", "; a long word, URL or table row does not fit the column: break it up or shorten it"),
        _ => new("; maak de tekst in deze marge korter (colofonregels, directie, adres)", "; shorten the text of this margin (colofon lines, directie, address)"),
    };
}
