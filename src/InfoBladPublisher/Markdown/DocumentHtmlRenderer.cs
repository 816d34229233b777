using InfoBladPublisher.Markdown.Footnotes;
using InfoBladPublisher.Markdown.Headings;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace InfoBladPublisher.Markdown;

/// <summary>Markdig's HTML renderer plus the per-document state our renderers need: notes and section numbers.</summary>
internal sealed class DocumentHtmlRenderer : HtmlRenderer
{
    private readonly Dictionary<int, int> _citations = [];

    public DocumentHtmlRenderer(TextWriter writer, MarkdownPipeline pipeline, FootnoteTable footnotes, HeadingNumbers headings)
        : base(writer)
    {
        Footnotes = footnotes;
        Headings = headings;
        pipeline.Setup(this);
        ObjectRenderers.RemoveAll(r => r is HeadingRenderer);
        ObjectRenderers.AddIfNotAlready<NumberedHeadingRenderer>();
        ObjectRenderers.Replace<AutolinkInlineRenderer>(new Inlines.BreakableAutolinkRenderer());
        ObjectRenderers.Replace<LiteralInlineRenderer>(new Inlines.CodeKeepingLiteralRenderer());

        // doc:id points at the other document's web page (the PDF's links are written by Print/InlineRenderers).
        LinkRewriter = url => Common.DocumentLinks.TargetOf(url) is { } id ? id + ".html" : url;
    }

    public FootnoteTable Footnotes { get; }

    public HeadingNumbers Headings { get; }

    /// <returns>1 for the first citation of that note, 2 for the second, and so on.</returns>
    internal int CountCitation(int number)
    {
        _citations[number] = _citations.GetValueOrDefault(number) + 1;
        return _citations[number];
    }
}
