using System.Text.Json;
using InfoBladPublisher.Markdown.Print;
using InfoBladPublisher.Redaction;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Redaction;

/// <summary>A bar, or the start or end of a highlighted passage (the internal build), in the text.</summary>
internal sealed class RedactionTokenPrintRenderer : PrintObjectRenderer<RedactionToken>
{
    protected override void Write(PrintRenderer renderer, RedactionToken token)
    {
        switch (token.Kind)
        {
            case RedactionTokenKind.Bar or RedactionTokenKind.BlockBar:
                RedactionPrint.WriteBar(renderer.Json, token.Ground);
                break;
            case RedactionTokenKind.InternStart when !renderer.InternOpen:
                RedactionPrint.OpenIntern(renderer.Json, token.Ground);
                renderer.StartIntern();
                break;
            case RedactionTokenKind.InternEnd:
                renderer.EndIntern();
                break;
        }
    }
}

/// <summary>A paragraph that is only a whole block's token: the bar, or the internal build's begin or end line.</summary>
internal sealed class RedactionBlockPrintRenderer : PrintObjectRenderer<ParagraphBlock>
{
    private readonly BlockRenderers.Paragraph _paragraph = new();

    protected override void Write(PrintRenderer renderer, ParagraphBlock paragraph)
    {
        if (BlockToken(paragraph) is { } token)
        {
            WriteMark(renderer, token);
            return;
        }

        // The internal build's marks of a withheld block on lines of their own, with its text right under or
        // above them (no empty line between), are one paragraph with that text: the lines stand around it.
        var tokens = paragraph.Inline?.OfType<RedactionToken>().ToList() ?? [];
        var start = tokens.FirstOrDefault(t => t.Kind == RedactionTokenKind.InternBlockStart);
        var end = tokens.LastOrDefault(t => t.Kind == RedactionTokenKind.InternBlockEnd);
        if (start is not null)
        {
            WriteMark(renderer, start);
        }

        ((Markdig.Renderers.IMarkdownObjectRenderer)_paragraph).Write(renderer, paragraph);
        if (end is not null)
        {
            WriteMark(renderer, end);
        }
    }

    private static void WriteMark(PrintRenderer renderer, RedactionToken token)
    {
        renderer.Json.WriteStartObject();
        renderer.Json.WriteString("k", token.Kind switch
        {
            RedactionTokenKind.BlockBar => PrintKinds.BlockBar,
            RedactionTokenKind.InternBlockStart => PrintKinds.InternBegin,
            _ => PrintKinds.InternEnd,
        });
        RedactionPrint.WriteGround(renderer.Json, token.Ground);
        renderer.Json.WriteEndObject();
    }

    public static RedactionToken? BlockToken(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is RedactionToken { Kind: RedactionTokenKind.BlockBar or RedactionTokenKind.InternBlockStart or RedactionTokenKind.InternBlockEnd } token
        && paragraph.Inline.Skip(1).All(i => i is LiteralInline l && l.Content.IsEmptyOrWhitespace())
            ? token : null;
}

/// <summary>The print data of a withheld passage, for the body and for metadata values alike.</summary>
internal static class RedactionPrint
{
    public static void WriteBar(Utf8JsonWriter json, WooGround? ground)
    {
        json.WriteStartObject();
        json.WriteString("k", PrintKinds.Bar);
        WriteGround(json, ground);
        json.WriteEndObject();
    }

    /// <summary>Opens an <c>intern</c> node whose content is what follows, up to its end: the caller closes it.</summary>
    public static void OpenIntern(Utf8JsonWriter json, WooGround? ground)
    {
        json.WriteStartObject();
        json.WriteString("k", PrintKinds.Intern);
        WriteGround(json, ground);
        json.WriteStartArray("c");
    }

    public static void WriteGround(Utf8JsonWriter json, WooGround? ground)
    {
        json.WriteString("grond", ground?.Code);
        json.WriteString("label", ground?.Label);
        json.WriteString("alt", ground?.Alternative);
    }

    /// <summary>A metadata text as inlines: its text, with each Woo mark as a bar (public) or a highlight (intern).</summary>
    public static void WriteValue(Utf8JsonWriter json, string value)
    {
        json.WriteStartArray();
        var open = false;
        foreach (var (text, kind, ground) in RedactionHtml.Split(value))
        {
            switch (kind)
            {
                case null:
                    json.WriteStringValue(text);
                    break;
                case RedactionTokenKind.Bar or RedactionTokenKind.BlockBar:
                    WriteBar(json, ground);
                    break;
                case RedactionTokenKind.InternStart when !open:
                    OpenIntern(json, ground);
                    open = true;
                    break;
                case RedactionTokenKind.InternEnd when open:
                    json.WriteEndArray();
                    json.WriteEndObject();
                    open = false;
                    break;
            }
        }

        if (open)
        {
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
