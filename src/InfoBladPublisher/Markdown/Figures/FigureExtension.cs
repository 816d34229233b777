using Markdig;
using Markdig.Renderers;

namespace InfoBladPublisher.Markdown.Figures;

/// <summary>Dataset figures in Markdown: <c>:cijfer[…]</c> inline, <c>::tabel[…]</c> and <c>::grafiek[…]</c> as blocks.</summary>
internal sealed class FigureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DataBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new DataBlockParser());
        }

        if (!pipeline.InlineParsers.Contains<FigureCitationParser>())
        {
            pipeline.InlineParsers.Insert(0, new FigureCitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<FigureCitationRenderer>();
            html.ObjectRenderers.AddIfNotAlready<DataBlockRenderer>();
        }
        else if (renderer is Print.PrintRenderer print)
        {
            print.ObjectRenderers.Add(new FigureCitationPrintRenderer());
            print.ObjectRenderers.Add(new DataBlockPrintRenderer());
        }
    }
}
