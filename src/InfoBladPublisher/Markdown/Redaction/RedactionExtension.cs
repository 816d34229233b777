using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace InfoBladPublisher.Markdown.Redaction;

internal sealed class RedactionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<RedactionTokenParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new RedactionTokenParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<RedactionTokenRenderer>();
        }
        else if (renderer is Print.PrintRenderer print)
        {
            print.ObjectRenderers.Add(new RedactionTokenPrintRenderer());
            // Before CommonMark's paragraph: a paragraph that is only a block's bar is that bar.
            print.ObjectRenderers.Insert(0, new RedactionBlockPrintRenderer());
        }
    }
}
