using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>A <c>[^id]</c> in running text, kept whether or not the note is defined so the gap can be reported.</summary>
internal sealed class FootnoteCall : LeafInline
{
    public FootnoteCall(string label) => Label = label;

    public string Label { get; }
}
