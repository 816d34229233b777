using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace InfoBladPublisher.Markdown.Footnotes;

internal sealed class FootnoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<FootnoteDefinitionParser>())
        {
            pipeline.BlockParsers.Insert(0, new FootnoteDefinitionParser());
        }

        if (!pipeline.InlineParsers.Contains<FootnoteCallParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new FootnoteCallParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<FootnoteCallRenderer>();
            html.ObjectRenderers.AddIfNotAlready<FootnoteDefinitionRenderer>();
        }
        else if (renderer is Print.PrintRenderer print)
        {
            print.ObjectRenderers.Add(new FootnoteCallPrintRenderer());
            print.ObjectRenderers.Add(new Print.BlockRenderers.Nothing<FootnoteDefinition>()); // notes are written at their call
        }
    }
}
