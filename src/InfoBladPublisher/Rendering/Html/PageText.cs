using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// The text a reader gets from a finished web page: the body's text with every character reference decoded,
/// a space between blocks and cells (not inside a word that changes style half-way), and no scripts or styles.
/// </summary>
internal static class PageText
{
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    public static string Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(html.Length / 4);
        if (document.Body is { } body)
        {
            Append(body, text);
        }

        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when e.LocalName is "script" or "style" or "template":
                    break;
                case IElement e:
                    // A Woo bar and an intern ground label stand apart from the words beside them, as their boxes do in the PDF.
                    var block = !Inline.Contains(e.LocalName) || e.ClassList.Contains("gelakt") || e.ClassList.Contains("lak-grond");
                    if (block)
                    {
                        text.Append(' ');
                    }

                    Append(e, text);
                    if (block)
                    {
                        text.Append(' ');
                    }

                    break;
            }
        }
    }
}
