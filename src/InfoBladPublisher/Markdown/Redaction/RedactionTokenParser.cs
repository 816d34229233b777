using InfoBladPublisher.Redaction;
using Markdig.Helpers;
using Markdig.Parsers;

namespace InfoBladPublisher.Markdown.Redaction;

/// <summary>Parses the tokens <see cref="RedactionMarks"/> wrote; the editor's own marks never reach Markdown in the public build.</summary>
internal sealed class RedactionTokenParser : InlineParser
{
    public RedactionTokenParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var rest = slice.Text.AsSpan(slice.Start, slice.End - slice.Start + 1);
        var end = rest.IndexOf('}');
        if (end < 0)
        {
            return false;
        }

        var match = WooMarkSyntax.Token().Match(rest[..(end + 1)].ToString());
        if (!match.Success)
        {
            return false;
        }

        var ground = match.Groups["ground"].Success ? WooGround.Find(match.Groups["ground"].Value) : null;
        RedactionTokenKind? kind = (match.Groups["close"].Success, match.Groups["name"].Value.ToLowerInvariant()) switch
        {
            (false, RedactionMarks.Bar) when ground is not null => RedactionTokenKind.Bar,
            (false, RedactionMarks.BlockBar) when ground is not null => RedactionTokenKind.BlockBar,
            (false, "lak") when ground is not null => RedactionTokenKind.InternStart,
            (true, "lak") => RedactionTokenKind.InternEnd,
            (false, RedactionMarks.InternBlockStart) when ground is not null => RedactionTokenKind.InternBlockStart,
            (true, RedactionMarks.InternBlockStart) when ground is not null => RedactionTokenKind.InternBlockEnd,
            _ => null,
        };
        if (kind is null)
        {
            return false;
        }

        var sourceStart = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new RedactionToken(kind.Value, ground)
        {
            Span = new Markdig.Syntax.SourceSpan(sourceStart, sourceStart + end),
            Line = line,
            Column = column,
        };
        slice.Start += end + 1;
        return true;
    }
}
