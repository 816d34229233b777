using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>
/// Parses <c>[^id]: text</c> at document level. Unlike Markdig's own footnote extension it keeps
/// notes that nobody cites, so "defined but never cited" can be reported.
/// </summary>
internal sealed class FootnoteDefinitionParser : BlockParser
{
    public FootnoteDefinitionParser() => OpeningCharacters = ['['];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.GetCurrentContainerOpened() is not MarkdownDocument)
        {
            return BlockState.None;
        }

        var saved = processor.Column;
        var start = processor.Start;
        var line = processor.Line;
        if (!LinkHelper.TryParseLabel(ref line, false, out var label, out _) || label is null
            || !label.StartsWith('^') || label.Length < 2 || line.CurrentChar != ':')
        {
            processor.GoToColumn(saved);
            return BlockState.None;
        }

        processor.Line = line;
        processor.Column += processor.Start - start;
        processor.NextChar();
        processor.NewBlocks.Push(new FootnoteDefinition(this, label[1..])
        {
            Span = new SourceSpan(start, processor.Line.End),
            Line = processor.LineIndex,
            Column = saved,
        });
        return BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var definition = (FootnoteDefinition)block;
        if (processor.CurrentBlock is null || processor.CurrentBlock.IsBreakable)
        {
            if (processor.IsBlankLine)
            {
                definition.LastLineWasBlank = true;
                return BlockState.ContinueDiscard;
            }

            // After a blank line only an indented line continues the note (a second paragraph).
            if (processor.Column == 0 && (definition.LastLineWasBlank || processor.CurrentChar == '['))
            {
                return BlockState.Break;
            }
        }

        definition.LastLineWasBlank = false;
        if (processor.IsCodeIndent)
        {
            processor.GoToCodeIndent();
        }

        return BlockState.Continue;
    }
}
