using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>Every font in the PDF is a bundled one: a system fallback means a glyph the house font lacks, or a stray font-family.</summary>
public sealed class BundledFonts : ILayoutRule
{
    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        var allowed = context.BundledFamilies.Select(f => f.Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();
        foreach (var (font, sample) in context.PdfFonts)
        {
            // Embedded fonts carry a subset tag: "ABCDEF+FiraSans-Regular".
            var name = font.Contains('+', StringComparison.Ordinal) ? font[(font.IndexOf('+', StringComparison.Ordinal) + 1)..] : font;
            if (allowed.Any(family => name.StartsWith(family, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var position = PositionOfFirst(sample, context);
            diagnostics.Error(DiagnosticCodes.FontNotBundled, position,
                $"the PDF uses the font '{name}' for '{sample}', which is not bundled ({string.Join(", ", context.BundledFamilies)}); use characters the house font has, or bundle a font for them");
        }
    }

    private static SourcePosition PositionOfFirst(string sample, LayoutContext context)
    {
        foreach (var c in sample.Where(c => !char.IsWhiteSpace(c)))
        {
            var at = context.BodyText.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0)
            {
                var before = context.BodyText.AsSpan(0, at);
                var line = before.Count('\n') + 1;
                var column = at - (before.LastIndexOf('\n') + 1) + 1;
                return new SourcePosition(context.BodyFile, line, column);
            }
        }

        return context.MetadataPosition;
    }
}
