using Markdig.Parsers;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>A <c>[^id]: text</c> block. It renders nowhere by itself; the note text goes where the medium wants it.</summary>
internal sealed class FootnoteDefinition : ContainerBlock
{
    public FootnoteDefinition(BlockParser parser, string label)
        : base(parser) => Label = label;

    public string Label { get; }

    internal bool LastLineWasBlank { get; set; }
}
