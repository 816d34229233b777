using InfoBladPublisher.Data;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Figures;

/// <summary><c>:cijfer[dataset/rij/kolom]</c>: one number from a dataset, so the text never types it by hand.</summary>
internal sealed class FigureCitation : LeafInline
{
    public FigureCitation(string reference) => Reference = reference;

    public string Reference { get; }

    /// <summary>Set when the reference resolves: the value as it prints (1.234; 12,5%).</summary>
    public string? Formatted { get; internal set; }

    public Dataset? Dataset { get; internal set; }
}
