using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout;

/// <summary>What the rules need besides the facts: where to point diagnostics, and what the PDF itself says.</summary>
/// <param name="BodyFile">tekst.md as diagnostics show it; block positions ("line:col") are in this file.</param>
/// <param name="MetadataPosition">Where to point for what the template placed (letterhead, colofon).</param>
/// <param name="PdfFonts">Each font the PDF uses, with where it is first used.</param>
/// <param name="BundledFamilies">The font families the templates bundle, e.g. "Fira Sans".</param>
/// <param name="PageNumber">The page number's wording from the tokens, as the layouts print it: "Pagina {n} van {m}".</param>
internal sealed record LayoutContext(
    string BodyFile, SourcePosition MetadataPosition,
    IReadOnlyList<FontUse> PdfFonts, IReadOnlyList<string> BundledFamilies, string PageNumber)
{
    /// <summary>The repairs the judged layout was made with, so a rule can say what was tried before it gave up.</summary>
    public LayoutRepairs Repairs { get; init; } = LayoutRepairs.None;

    /// <summary>How many layouts were made before the one judged here.</summary>
    public int Passes { get; init; } = 1;

    /// <summary>The PDF's tags, language, title and font embedding; null leaves them unchecked (tests of other rules).</summary>
    public TaggedPdf? Tagged { get; init; }

    /// <summary>The print layout's file, for what the layout itself caused; the metadata file when unknown.</summary>
    public SourcePosition LayoutPosition
    {
        get => _layoutPosition ?? MetadataPosition;
        init => _layoutPosition = value;
    }

    private readonly SourcePosition? _layoutPosition;

    /// <summary>The source position of a block, or the metadata file for what the template wrote.</summary>
    public SourcePosition PositionOf(string? src)
    {
        if (src is not null)
        {
            var parts = src.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var line)
                && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var column))
            {
                return new SourcePosition(BodyFile, line, column);
            }
        }

        return MetadataPosition;
    }
}
