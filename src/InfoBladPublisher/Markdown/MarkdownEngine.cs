using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown.Figures;
using InfoBladPublisher.Markdown.Footnotes;
using InfoBladPublisher.Markdown.Headings;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown;

/// <summary>The frozen Markdig pipeline, built once and shared by every document (Markdig pipelines are thread-safe).</summary>
internal sealed class MarkdownEngine
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .Use<FootnoteExtension>()
        .Use<FigureExtension>()
        .Use<Redaction.RedactionExtension>()
        .DisableHtml() // editors write Markdown; raw HTML would bypass escaping and the house style
        .Build();

    // Per instance too, so the web renderers stay instance methods of the engine the stages share.
    private readonly MarkdownPipeline _pipeline = Pipeline;

    public ParsedBody Parse(string bodyPath, string text, IReadOnlyList<MapEntry> yamlNotes, bool numberHeadings, DiagnosticBag diagnostics) =>
        Parse(bodyPath, text, yamlNotes, numberHeadings, BodyContext.None, diagnostics);

    public ParsedBody Parse(string bodyPath, string text, IReadOnlyList<MapEntry> yamlNotes, bool numberHeadings, BodyContext context, DiagnosticBag diagnostics)
    {
        MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(text, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth guard; the user's mistake, so a diagnostic and not a stack trace.
            diagnostics.Report(DiagnosticCodes.OverLimit, new SourcePosition(bodyPath, BodyLimits.DeepestLine(text), 1),
                $"de tekst is te diep genest (citaten, lijsten, nadruk of links in elkaar); de grens is {Common.Limits.NestingDepth} niveaus",
                $"the text is nested too deeply (quotes, lists, emphasis or links inside each other); the limit is {Common.Limits.NestingDepth} levels");
            return Empty;
        }

        if (!BodyLimits.Check(syntax, (node, offset) => new SourcePosition(bodyPath, node.Line + 1, node.Column + 1 + offset), diagnostics))
        {
            return Empty;
        }

        Tables.TableShapeCheck.Check(syntax, text, bodyPath, diagnostics);
        LinkPolicy.Check(syntax, node => new SourcePosition(bodyPath, node.Line + 1, node.Column + 1), context.DocumentIds, diagnostics);
        ImageEmbedder.Embed(syntax, link => new SourcePosition(bodyPath, link.Line + 1, link.Column + 1), context.ReadImage, diagnostics);

        // Notes from the YAML are Markdown too: parsed once here, and held to the same link rules.
        var yamlSyntax = new List<(MapEntry Entry, MarkdownDocument Syntax)>();
        foreach (var entry in yamlNotes)
        {
            var note = TryParseNote(entry, diagnostics);
            if (note is not null)
            {
                LinkPolicy.Check(note, _ => entry.ValuePosition, context.DocumentIds, diagnostics);
                ImageEmbedder.Embed(note, _ => entry.ValuePosition, context.ReadImage, diagnostics);
                yamlSyntax.Add((entry, note));
            }
        }

        HeadingLevels.Check(syntax, bodyPath, diagnostics);
        var headings = numberHeadings ? HeadingNumbers.Compute(syntax, bodyPath, diagnostics) : HeadingNumbers.None;
        var datasets = FigureResolver.Resolve(syntax, bodyPath, context, diagnostics);
        var numbered = FootnoteResolver.Resolve(syntax, bodyPath, yamlSyntax, diagnostics);
        var notes = numbered.Select(n => new Footnote(n.Number, n.Source.Label, n.Source.Syntax, n.Source.Position));
        return new ParsedBody(syntax, new FootnoteTable(notes.ToList()), headings, datasets);
    }

    /// <summary>What a body that failed its limits parses to: nothing, so later stages see no half tree.</summary>
    private static ParsedBody Empty => new(new MarkdownDocument(), FootnoteTable.Empty, HeadingNumbers.None, []);

    private MarkdownDocument? TryParseNote(MapEntry entry, DiagnosticBag diagnostics)
    {
        try
        {
            var note = Markdig.Markdown.Parse(entry.Value, _pipeline);
            return BodyLimits.Check(note, (_, _) => entry.ValuePosition, diagnostics) ? note : null;
        }
        catch (ArgumentException)
        {
            diagnostics.Report(DiagnosticCodes.OverLimit, entry.ValuePosition,
                $"voetnoot '{entry.Key}' is te diep genest; de grens is {Common.Limits.NestingDepth} niveaus",
                $"note '{entry.Key}' is nested too deeply; the limit is {Common.Limits.NestingDepth} levels");
            return null;
        }
    }

    /// <summary>
    /// The body as the print data Typst lays out: the same tree the web page is rendered from, through the
    /// print renderers that CommonMark's nodes and each extension register.
    /// </summary>
    public static void RenderPrint(ParsedBody body, System.Text.Json.Utf8JsonWriter json, Print.IPrintMedia media, Print.IPageBreaks breaks)
    {
        var renderer = new Print.PrintRenderer(json, body, media, breaks);
        Pipeline.Setup(renderer);
        renderer.WriteBlocks(body.Syntax);
    }

    /// <summary>The body as the web page's HTML (the PDF's body is data: <see cref="RenderPrint"/>).</summary>
    public string Render(ParsedBody body)
    {
        using var writer = new StringWriter();
        var renderer = new DocumentHtmlRenderer(writer, _pipeline, body.Footnotes, body.Headings);
        using (ScrollableTables.Apply(body.Syntax))
        {
            renderer.Render(body.Syntax);
        }

        writer.Flush();
        return MarkdownSanitizer.Sanitize(writer.ToString());
    }

    /// <summary>Each note's text as HTML, in number order (index 0 is note 1).</summary>
    public IReadOnlyList<string> RenderNotes(ParsedBody body) =>
        body.Footnotes.Notes.Select(n => RenderNoteText(n.Text)).ToList();

    /// <summary>A note's text as inline HTML (no &lt;p&gt;): its paragraphs joined by line breaks in the note list.</summary>
    private string RenderNoteText(MarkdownObject text)
    {
        var paragraphs = text.Descendants<ParagraphBlock>();

        using var writer = new StringWriter();
        var renderer = new DocumentHtmlRenderer(writer, _pipeline, FootnoteTable.Empty, HeadingNumbers.None);
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
        return MarkdownSanitizer.Sanitize(writer.ToString().Trim());
    }
}
