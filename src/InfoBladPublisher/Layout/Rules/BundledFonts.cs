using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>Every font in the PDF is a bundled one: a system fallback means a glyph the house font lacks, or a stray font-family.</summary>
internal sealed class BundledFonts : ILayoutRule
{
    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        var allowed = context.BundledFamilies.Select(f => f.Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();
        foreach (var font in context.PdfFonts)
        {
            // Embedded fonts carry a subset tag: "ABCDEF+FiraSans-Regular".
            var name = font.Name.Contains('+', StringComparison.Ordinal) ? font.Name[(font.Name.IndexOf('+', StringComparison.Ordinal) + 1)..] : font.Name;
            if (allowed.Any(family => name.StartsWith(family, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var block = BlockAt(facts, font);
            var where = block is null ? null : Describe(block);
            var bundled = string.Join(", ", context.BundledFamilies);
            diagnostics.Report(DiagnosticCodes.FontNotBundled, context.PositionOf(block?.Src),
                $"pagina {font.PageIndex + 1} toont '{font.Sample}'{(where is null ? string.Empty : $" ({where.Nl})")} in het lettertype '{name}', dat niet is meegeleverd ({bundled}); gebruik tekens die het huislettertype heeft, of geef het element een meegeleverde font-family in de CSS van het sjabloon",
                $"page {font.PageIndex + 1} sets '{font.Sample}'{(where is null ? string.Empty : $" ({where.En})")} in the font '{name}', which is not bundled ({bundled}); use characters the house font has, or give the element a bundled font-family in the template's CSS");
        }
    }

    /// <summary>The smallest block on that page whose box holds the first character set in the font.</summary>
    private static BlockFacts? BlockAt(LayoutFacts facts, FontUse font) =>
        facts.Pages.ElementAtOrDefault(font.PageIndex)?.Blocks
            .Where(b => b.Box.Contains(new Box(font.X, font.Y, 0, 0), slack: 1))
            .OrderBy(b => b.Box.W * b.Box.H)
            .FirstOrDefault();

    private static Wording Describe(BlockFacts block)
    {
        if (block.IsImage)
        {
            return new($"in een {block.Tag}", $"in a {block.Tag}");
        }

        var text = block.Text.Length > 30 ? block.Text[..30] + "…" : block.Text;
        return new($"in '{text}'", $"in '{text}'");
    }
}
