using System.Globalization;
using Markdig.Renderers;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Print;

/// <summary>CommonMark's blocks in the print data (pipe tables: <see cref="TablePrintRenderer"/>; the extensions' blocks: their own renderers).</summary>
internal static class BlockRenderers
{
    public static IEnumerable<IMarkdownObjectRenderer> All =>
        [new Heading(), new Paragraph(), new List(), new Quote(), new Code(), new Rule(), new Nothing<LinkReferenceDefinitionGroup>(), new Nothing<BlankLineBlock>()];

    /// <summary>A numbered heading one level below the title (the document's title is the only level 1).</summary>
    private sealed class Heading : PrintObjectRenderer<HeadingBlock>
    {
        protected override void Write(PrintRenderer renderer, HeadingBlock heading)
        {
            renderer.Open(PrintKinds.Heading, heading);
            renderer.Json.WriteNumber("level", Math.Min(heading.Level + 1, 6));
            renderer.Json.WriteString("num", renderer.Body.Headings.For(heading));
            renderer.WriteContent(heading.Inline);
            renderer.Json.WriteEndObject();
        }
    }

    internal sealed class Paragraph : PrintObjectRenderer<ParagraphBlock>
    {
        protected override void Write(PrintRenderer renderer, ParagraphBlock paragraph)
        {
            renderer.Open(PrintKinds.Paragraph, paragraph);
            renderer.WriteContent(paragraph.Inline);
            renderer.Json.WriteEndObject();
        }
    }

    private sealed class List : PrintObjectRenderer<ListBlock>
    {
        protected override void Write(PrintRenderer renderer, ListBlock list)
        {
            renderer.Open(PrintKinds.List, list);
            renderer.Json.WriteBoolean("ordered", list.IsOrdered);
            renderer.Json.WriteNumber("start", int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1);
            renderer.Json.WriteStartArray("items");
            foreach (var item in list.OfType<ListItemBlock>())
            {
                renderer.WriteBlocks(item);
            }

            renderer.Json.WriteEndArray();
            renderer.Json.WriteEndObject();
        }
    }

    private sealed class Quote : PrintObjectRenderer<QuoteBlock>
    {
        protected override void Write(PrintRenderer renderer, QuoteBlock quote)
        {
            renderer.Open(PrintKinds.Quote, quote);
            renderer.Json.WritePropertyName("c");
            renderer.WriteBlocks(quote);
            renderer.Json.WriteEndObject();
        }
    }

    private sealed class Code : PrintObjectRenderer<CodeBlock>
    {
        protected override void Write(PrintRenderer renderer, CodeBlock code)
        {
            renderer.Open(PrintKinds.Code, code);
            renderer.Json.WriteString("v", string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString())));
            renderer.Json.WriteEndObject();
        }
    }

    private sealed class Rule : PrintObjectRenderer<ThematicBreakBlock>
    {
        protected override void Write(PrintRenderer renderer, ThematicBreakBlock rule)
        {
            renderer.Open(PrintKinds.Rule, rule);
            renderer.Json.WriteEndObject();
        }
    }

    /// <summary>A block that prints nothing (a link definition, a blank line).</summary>
    internal sealed class Nothing<T> : PrintObjectRenderer<T>
        where T : MarkdownObject
    {
        protected override void Write(PrintRenderer renderer, T obj)
        {
        }
    }
}
