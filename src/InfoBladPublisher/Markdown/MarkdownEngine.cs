using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown.Footnotes;
using InfoBladPublisher.Markdown.Headings;
using InfoBladPublisher.Validation;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown;

/// <summary>The frozen Markdig pipeline, built once and shared by every document (Markdig pipelines are thread-safe).</summary>
public sealed class MarkdownEngine
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .Use<FootnoteExtension>()
        .DisableHtml() // editors write Markdown; raw HTML would bypass escaping and the house style
        .Build();

    public ParsedBody Parse(string bodyPath, string text, IReadOnlyList<MapEntry> yamlNotes, bool numberHeadings, DiagnosticBag diagnostics)
    {
        var syntax = Markdig.Markdown.Parse(text, _pipeline);
        LinkPolicy.Check(syntax, bodyPath, diagnostics);
        var headings = numberHeadings ? HeadingNumbers.Compute(syntax, bodyPath, diagnostics) : HeadingNumbers.None;
        var numbered = FootnoteResolver.Resolve(syntax, bodyPath, yamlNotes, diagnostics);
        var notes = numbered.Select(n => new Footnote(n.Number, n.Source.Label, RenderNoteText(n.Source), n.Source.Position));
        return new ParsedBody(syntax, new FootnoteTable(notes.ToList()), headings);
    }

    public string Render(ParsedBody body, Medium medium)
    {
        using var writer = new StringWriter();
        var renderer = new DocumentHtmlRenderer(writer, _pipeline, medium, body.Footnotes, body.Headings);
        renderer.Render(body.Syntax);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>A note's text as inline HTML (no &lt;p&gt;), so it can sit inside a floated span in print.</summary>
    private string RenderNoteText(FootnoteSource source)
    {
        IEnumerable<ParagraphBlock> paragraphs = source.Block is { } block
            ? block.Descendants<ParagraphBlock>()
            : Markdig.Markdown.Parse(source.YamlText ?? string.Empty, _pipeline).Descendants<ParagraphBlock>();

        using var writer = new StringWriter();
        var renderer = new DocumentHtmlRenderer(writer, _pipeline, Medium.Web, FootnoteTable.Empty, HeadingNumbers.None);
        var first = true;
        foreach (var paragraph in paragraphs)
        {
            if (!first)
            {
                renderer.Write("<br>");
            }

            renderer.WriteLeafInline(paragraph);
            first = false;
        }

        writer.Flush();
        return writer.ToString().Trim();
    }
}
