using InfoBladPublisher.Markdown.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Print;

/// <summary>
/// The body's nodes in the order the print renderers write them: each block, then its inlines, then the blocks
/// inside it; a note's definition is left out (its text is written at its call). The passes that must agree
/// with the renderers (the repairs' page breaks, the gate's source positions) walk this one order.
/// </summary>
internal static class PrintOrder
{
    public static IEnumerable<MarkdownObject> Of(MarkdownObject node)
    {
        if (node is FootnoteDefinition)
        {
            yield break;
        }

        yield return node;
        IEnumerable<MarkdownObject> children = node switch
        {
            ContainerBlock container => container,
            LeafBlock { Inline: { } inline } => [inline],
            ContainerInline inlines => inlines,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Of(child))
            {
                yield return descendant;
            }
        }
    }
}
