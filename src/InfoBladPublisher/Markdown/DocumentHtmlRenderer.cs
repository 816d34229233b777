using InfoBladPublisher.Markdown.Footnotes;
using InfoBladPublisher.Markdown.Headings;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown;

/// <summary>Markdig's HTML renderer plus the per-document state our renderers need: medium, notes, section numbers.</summary>
internal sealed class DocumentHtmlRenderer : HtmlRenderer
{
    private readonly Dictionary<int, int> _citations = [];

    /// <param name="noteHtml">The notes' text in this medium, in number order; print writes it at the call.</param>
    public DocumentHtmlRenderer(TextWriter writer, MarkdownPipeline pipeline, Medium medium, FootnoteTable footnotes, IReadOnlyList<string> noteHtml, HeadingNumbers headings)
        : base(writer)
    {
        Medium = medium;
        Footnotes = footnotes;
        NoteHtml = noteHtml;
        Headings = headings;
        pipeline.Setup(this);
        ObjectRenderers.RemoveAll(r => r is HeadingRenderer);
        ObjectRenderers.AddIfNotAlready<NumberedHeadingRenderer>();
        ObjectRenderers.Replace<AutolinkInlineRenderer>(new Inlines.BreakableAutolinkRenderer());
        ObjectRenderers.Replace<LiteralInlineRenderer>(new Inlines.CodeKeepingLiteralRenderer());

        // doc:id points at the other document in the same medium: the PDF links to PDFs, the web page to web pages.
        var extension = medium == Medium.Print ? ".pdf" : ".html";
        LinkRewriter = url => Common.DocumentLinks.TargetOf(url) is { } id ? id + extension : url;
    }

    public Medium Medium { get; }

    public FootnoteTable Footnotes { get; }

    public IReadOnlyList<string> NoteHtml { get; }

    public HeadingNumbers Headings { get; }

    /// <returns>1 for the first citation of that note, 2 for the second, and so on.</returns>
    internal int CountCitation(int number)
    {
        _citations[number] = _citations.GetValueOrDefault(number) + 1;
        return _citations[number];
    }
}
