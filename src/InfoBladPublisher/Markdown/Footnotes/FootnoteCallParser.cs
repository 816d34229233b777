using Markdig.Helpers;
using Markdig.Parsers;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>Parses <c>[^id]</c>. It runs before the link parser, so a call never silently turns into literal text.</summary>
internal sealed class FootnoteCallParser : InlineParser
{
    public FootnoteCallParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '^')
        {
            return false;
        }

        var start = slice.Start;
        var end = start + 2;
        var text = slice.Text;
        while (end <= slice.End && text[end] != ']' && !char.IsWhiteSpace(text[end]) && text[end] != '[')
        {
            end++;
        }

        if (end > slice.End || text[end] != ']' || end == start + 2)
        {
            return false;
        }

        // "[^id]:" at the start of a line is a definition, which the block parser owns.
        if (end + 1 <= slice.End && text[end + 1] == ':')
        {
            return false;
        }

        var label = text.Substring(start + 2, end - start - 2);
        var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new FootnoteCall(label)
        {
            Span = new Markdig.Syntax.SourceSpan(sourceStart, sourceStart + end - start),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
