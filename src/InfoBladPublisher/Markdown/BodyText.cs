using System.Globalization;
using System.Text;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown.Figures;
using InfoBladPublisher.Markdown.Footnotes;
using InfoBladPublisher.Markdown.Redaction;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown;

/// <summary>One block of the source as a reader must find it in every output: where it stands, and its text.</summary>
/// <param name="Position">Where the block stands in tekst.md, or where the note is defined.</param>
/// <param name="Note">The note's number when this is a note's text.</param>
internal sealed record SourceBlock(SourcePosition Position, string Text, int? Note = null);

/// <summary>
/// The text of a parsed body, block by block, read from the syntax tree itself and not from either renderer, so
/// that each output can be held to it (<c>Pipeline/TextAgreement</c>). Every inline Markdig can leave in the tree
/// is read here: an unknown container gives its children, and an unmatched bracket its own character.
/// </summary>
internal static class BodyText
{
    /// <param name="bodyFile">tekst.md as messages name it.</param>
    public static IReadOnlyList<SourceBlock> Of(ParsedBody body, string bodyFile)
    {
        var blocks = new List<SourceBlock>();
        Walk(body.Syntax, body, bodyFile, blocks);
        foreach (var note in body.Footnotes.Notes)
        {
            var text = new StringBuilder();
            foreach (var paragraph in note.Text.Descendants<ParagraphBlock>())
            {
                Inlines(paragraph.Inline, body, text);
                text.Append(' ');
            }

            blocks.Add(new SourceBlock(note.DefinedAt, text.ToString(), note.Number));
        }

        return blocks;
    }

    private static void Walk(ContainerBlock container, ParsedBody body, string bodyFile, List<SourceBlock> blocks)
    {
        foreach (var block in container)
        {
            var text = new StringBuilder();
            switch (block)
            {
                case HeadingBlock heading:
                    text.Append(body.Headings.For(heading)).Append(' ');
                    Inlines(heading.Inline, body, text);
                    break;
                case ParagraphBlock paragraph:
                    Inlines(paragraph.Inline, body, text);
                    break;
                case Table table:
                    foreach (var paragraph in table.Descendants<ParagraphBlock>())
                    {
                        Inlines(paragraph.Inline, body, text);
                        text.Append(' ');
                    }

                    break;
                case DataBlock { Dataset: { } dataset } data:
                    DataText(data, dataset, text);
                    break;
                case CodeBlock code:
                    text.Append(string.Join(' ', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString())));
                    break;
                case FootnoteDefinition or LinkReferenceDefinitionGroup:
                    continue; // a note's text is its own block; a link definition prints nothing
                case ContainerBlock inner:
                    Walk(inner, body, bodyFile, blocks);
                    continue;
            }

            if (text.Length > 0)
            {
                blocks.Add(new SourceBlock(new SourcePosition(bodyFile, block.Line + 1, block.Column + 1), text.ToString()));
            }
        }
    }

    private static void DataText(DataBlock data, Data.Dataset dataset, StringBuilder text)
    {
        var word = data.Kind == DataBlockKind.Tabel ? "Tabel" : "Figuur";
        text.Append(word).Append(' ').Append(data.Number.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(dataset.Titel).Append(' ');
        if (data.Kind == DataBlockKind.Tabel)
        {
            foreach (var column in dataset.Columns)
            {
                text.Append(column.Titel).Append(' ');
            }
        }
        else
        {
            foreach (var (column, _) in data.Series)
            {
                text.Append(column.Titel).Append(' ');
            }
        }
    }

    /// <summary>
    /// The words of the first paragraph of the running text (not one in a list, table or quote), without note
    /// calls: the summary of a document whose editor wrote none. In a public build withheld words are gone already.
    /// </summary>
    public static string? FirstParagraph(ParsedBody body)
    {
        if (body.Syntax.OfType<ParagraphBlock>().FirstOrDefault() is not { } first)
        {
            return null;
        }

        var text = new StringBuilder();
        Inlines(first.Inline, body, text, calls: false);
        var words = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length == 0 ? null : words;
    }

    private static void Inlines(ContainerInline? container, ParsedBody body, StringBuilder text, bool calls = true)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            Inline(inline, body, text, calls);
        }
    }

    private static void Inline(Inline inline, ParsedBody body, StringBuilder text, bool calls)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break; // an image's words are its alternative text, not text on the page
            case FootnoteCall when !calls:
                break;
            case FootnoteCall call:
                text.Append(body.Footnotes.TryGet(call.Label, out var note) ? note.Number.ToString(CultureInfo.InvariantCulture) : "[^" + call.Label + "]");
                break;
            case FigureCitation figure:
                text.Append(figure.Formatted ?? figure.Reference);
                break;
            case RedactionToken token:
                text.Append(' ').Append(token.Ground?.Code).Append(' ');
                break;
            case DelimiterInline delimiter:
                // An opener Markdig could not match (a lone '[' or '*') stays in the tree as a delimiter: its
                // character is text, and what follows it is its children.
                text.Append(delimiter.ToLiteral());
                Inlines(delimiter, body, text, calls);
                break;
            case ContainerInline other:
                Inlines(other, body, text, calls);
                break;
        }
    }
}
