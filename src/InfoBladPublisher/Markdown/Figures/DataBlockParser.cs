using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Figures;

/// <summary>Parses a line <c>::tabel[id]</c> or <c>::grafiek[id]{soort=lijn kolommen=a,b}</c>.</summary>
internal sealed partial class DataBlockParser : BlockParser
{
    public DataBlockParser() => OpeningCharacters = [':'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line.ToString().TrimEnd();
        var match = Directive().Match(line);
        if (!match.Success)
        {
            return BlockState.None;
        }

        var kind = match.Groups["kind"].Value == FigureSyntax.Tabel ? DataBlockKind.Tabel : DataBlockKind.Grafiek;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match option in Option().Matches(match.Groups["options"].Value))
        {
            options[option.Groups["key"].Value] = option.Groups["value"].Value;
        }

        processor.NewBlocks.Push(new DataBlock(this, kind, match.Groups["id"].Value.Trim(), options)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^::(?<kind>tabel|grafiek)\[(?<id>[^\]]*)\](\{(?<options>[^}]*)\})?$")]
    private static partial Regex Directive();

    [GeneratedRegex(@"(?<key>[a-z_]+)=(?<value>[^\s]+)")]
    private static partial Regex Option();
}
