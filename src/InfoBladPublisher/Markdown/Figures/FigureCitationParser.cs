using Markdig.Helpers;
using Markdig.Parsers;

namespace InfoBladPublisher.Markdown.Figures;

/// <summary>Parses <c>:cijfer[dataset/rij/kolom]</c>.</summary>
internal sealed class FigureCitationParser : InlineParser
{
    public FigureCitationParser() => OpeningCharacters = [':'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var prefix = FigureSyntax.Cijfer;
        if (start + prefix.Length > slice.End + 1 || string.CompareOrdinal(text, start, prefix, 0, prefix.Length) != 0)
        {
            return false;
        }

        var close = text.IndexOf(']', start + prefix.Length, slice.End - (start + prefix.Length) + 1);
        if (close < 0)
        {
            return false;
        }

        var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new FigureCitation(text[(start + prefix.Length)..close].Trim())
        {
            Span = new Markdig.Syntax.SourceSpan(sourceStart, sourceStart + close - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}
