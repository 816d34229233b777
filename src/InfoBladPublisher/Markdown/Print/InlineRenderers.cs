using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Print;

/// <summary>CommonMark's inlines in the print data: a string for text, a node for the rest.</summary>
internal static class InlineRenderers
{
    public static IEnumerable<IMarkdownObjectRenderer> All =>
        [new Literal(), new LineBreak(), new Code(), new Emphasis(), new Autolink(), new Link(), new Entity(), new Delimiter()];

    private sealed class Literal : PrintObjectRenderer<LiteralInline>
    {
        protected override void Write(PrintRenderer renderer, LiteralInline literal) => renderer.Json.WriteStringValue(literal.Content.ToString());
    }

    private sealed class LineBreak : PrintObjectRenderer<LineBreakInline>
    {
        protected override void Write(PrintRenderer renderer, LineBreakInline lineBreak)
        {
            if (lineBreak.IsHard)
            {
                renderer.Node(PrintKinds.LineBreak);
            }
            else
            {
                renderer.Json.WriteStringValue(" ");
            }
        }
    }

    private sealed class Code : PrintObjectRenderer<CodeInline>
    {
        protected override void Write(PrintRenderer renderer, CodeInline code)
        {
            renderer.Json.WriteStartObject();
            renderer.Json.WriteString("k", PrintKinds.Code);
            renderer.Json.WriteString("v", code.Content);
            renderer.Json.WriteEndObject();
        }
    }

    private sealed class Emphasis : PrintObjectRenderer<EmphasisInline>
    {
        protected override void Write(PrintRenderer renderer, EmphasisInline emphasis)
        {
            renderer.Json.WriteStartObject();
            renderer.Json.WriteString("k", emphasis.DelimiterChar == '~' ? PrintKinds.Strike : emphasis.DelimiterCount >= 2 ? PrintKinds.Strong : PrintKinds.Emphasis);
            renderer.WriteContent(emphasis);
            renderer.Json.WriteEndObject();
        }
    }

    private sealed class Autolink : PrintObjectRenderer<AutolinkInline>
    {
        protected override void Write(PrintRenderer renderer, AutolinkInline autolink)
        {
            renderer.Json.WriteStartObject();
            renderer.Json.WriteString("k", PrintKinds.Link);
            renderer.Json.WriteString("url", autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url);
            renderer.Json.WriteStartArray("c");
            renderer.Json.WriteStringValue(autolink.Url);
            renderer.Json.WriteEndArray();
            renderer.Json.WriteEndObject();
        }
    }

    /// <summary>A link, or an image: embedded earlier as a data URI (ImageEmbedder), handed to Typst as a file.</summary>
    private sealed class Link : PrintObjectRenderer<LinkInline>
    {
        protected override void Write(PrintRenderer renderer, LinkInline link)
        {
            renderer.Json.WriteStartObject();
            if (link.IsImage)
            {
                renderer.Json.WriteString("k", PrintKinds.Image);
                renderer.Json.WriteString("file", MediaFile(renderer.Media, link.Url));
                renderer.Json.WriteString("alt", string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
                renderer.Json.WriteEndObject();
                return;
            }

            renderer.Json.WriteString("k", PrintKinds.Link);
            // doc:id points at the other document's PDF beside this one in the release.
            renderer.Json.WriteString("url", Common.DocumentLinks.TargetOf(link.Url ?? string.Empty) is { } id ? "./" + id + ".pdf" : link.Url);
            renderer.WriteContent(link);
            renderer.Json.WriteEndObject();
        }

        private static string? MediaFile(IPrintMedia media, string? url)
        {
            var comma = url?.IndexOf(";base64,", StringComparison.Ordinal) ?? -1;
            if (url is null || !url.StartsWith("data:", StringComparison.Ordinal) || comma < 0)
            {
                return null;
            }

            var type = url[5..comma];
            var extension = type switch { "image/svg+xml" => ".svg", "image/png" => ".png", "image/jpeg" => ".jpg", "image/gif" => ".gif", _ => ".bin" };
            return media.Add("beelden", extension, Convert.FromBase64String(url[(comma + 8)..]));
        }
    }

    private sealed class Entity : PrintObjectRenderer<HtmlEntityInline>
    {
        protected override void Write(PrintRenderer renderer, HtmlEntityInline entity) => renderer.Json.WriteStringValue(entity.Transcoded.ToString());
    }

    /// <summary>An opener Markdig could not match (a lone '['): its character is text, as on the web page, and what follows it its children.</summary>
    private sealed class Delimiter : PrintObjectRenderer<DelimiterInline>
    {
        protected override void Write(PrintRenderer renderer, DelimiterInline delimiter)
        {
            renderer.Json.WriteStringValue(delimiter.ToLiteral());
            renderer.WriteChildren(delimiter);
        }
    }
}
