using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// Everything in a finished page that would run code or load something from elsewhere: script, frames,
/// objects, handlers, a base or a refresh, and resource URLs that are not embedded. Templates come from pull
/// requests too, so the final HTML is checked, not only the Markdown.
/// </summary>
internal static partial class PageReferences
{
    private static readonly HashSet<string> Forbidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "portal", "noscript", "template",
    };

    /// <summary>SVG animation can rewrite any attribute, an href included, after the page was checked; a document needs none.</summary>
    private static readonly HashSet<string> Animation = new(StringComparer.OrdinalIgnoreCase)
    {
        "animate", "set", "animateMotion", "animateTransform", "animateColor", "discard",
    };

    private static readonly string[] ResourceAttributes = ["src", "srcset", "poster", "data", "background", "action", "formaction", "ping", "manifest", "archive", "codebase"];

    /// <param name="embeddedOnly">The web page must hold everything itself; the print page may use the local origin.</param>
    /// <returns>One line per problem, naming the element, in Dutch and English.</returns>
    public static IReadOnlyList<Wording> Find(string html, bool embeddedOnly)
    {
        var problems = new List<Wording>();
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (Forbidden.Contains(name))
            {
                problems.Add(new($"<{name}> is niet toegestaan in een gepubliceerde pagina", $"<{name}> is not allowed in a published page"));
                continue;
            }

            if (Animation.Contains(name))
            {
                problems.Add(new($"SVG-animatie <{name}> is niet toegestaan in een gepubliceerde pagina (die kan een link na de controle nog wijzigen)", $"SVG animation <{name}> is not allowed in a published page (it can rewrite a link after the check)"));
                continue;
            }

            if (name == "meta" && element.GetAttribute("http-equiv") is { } equiv && equiv.Equals("refresh", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new("<meta http-equiv=\"refresh\"> is niet toegestaan in een gepubliceerde pagina", "<meta http-equiv=\"refresh\"> is not allowed in a published page"));
            }

            if (name == "link" && (embeddedOnly || !IsLocal(element.GetAttribute("href") ?? string.Empty)))
            {
                var href = Snippet.Of(element.GetAttribute("href"), 60);
                problems.Add(new(
                    $"<link href=\"{href}\"> laadt een bestand; {(embeddedOnly ? "de webpagina moet de stijlen zelf bevatten" : "alleen lokale bestanden mogen worden gelinkt")}",
                    $"<link href=\"{href}\"> loads a file; {(embeddedOnly ? "the web page must embed its styles" : "only local assets may be linked")}"));
            }

            foreach (var attribute in element.Attributes)
            {
                CheckAttribute(element, attribute, embeddedOnly, problems);
            }

            if (name == "style")
            {
                CheckCss(element.TextContent, new("<style>", "<style>"), declarations: false, embeddedOnly, problems);
            }
        }

        return problems;
    }

    private static void CheckAttribute(IElement element, IAttr attribute, bool embeddedOnly, List<Wording> problems)
    {
        var name = attribute.LocalName;
        // AngleSharp has decoded the entities; a browser's URL parser then drops tabs and line breaks anywhere
        // and C0 controls and spaces at the ends, so java&#9;script: is javascript:.
        var value = BrowserUrl(attribute.Value);
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new($"event-handler '{name}' op <{element.LocalName}> is niet toegestaan in een gepubliceerde pagina", $"event handler '{name}' on <{element.LocalName}> is not allowed in a published page"));
        }
        else if (name == "href" && element.LocalName == "a")
        {
            if (Scheme().Match(value) is { Success: true } scheme && !LinkSchemes.IsAllowed(scheme.Groups["scheme"].Value))
            {
                var (link, used) = (Snippet.Of(value, 60), scheme.Groups["scheme"].Value);
                problems.Add(new(
                    $"link '{link}' op <a> gebruikt het schema '{used}'; alleen links met http, https en mailto zijn toegestaan",
                    $"link '{link}' on <a> uses the scheme '{used}'; only http, https and mailto links are allowed"));
            }
        }
        else if (ResourceAttributes.Contains(name, StringComparer.OrdinalIgnoreCase) || name == "href")
        {
            if (!IsEmbedded(value) && (embeddedOnly || !IsLocal(value)))
            {
                problems.Add(new($"<{element.LocalName} {name}=\"{Snippet.Of(value, 60)}\"> laadt een bestand dat niet in de pagina zelf staat", $"<{element.LocalName} {name}=\"{Snippet.Of(value, 60)}\"> loads a file that is not embedded in the page"));
            }
        }
        else if (name == "style")
        {
            CheckCss(attribute.Value, new($"de style van <{element.LocalName}>", $"the style of <{element.LocalName}>"), declarations: true, embeddedOnly, problems);
        }
    }

    private static void CheckCss(string css, Wording where, bool declarations, bool embeddedOnly, List<Wording> problems)
    {
        var (imports, targets) = CssReferences.Find(css, declarations);
        if (imports)
        {
            problems.Add(new($"@import in {where.Nl} laadt een bestand; stijlen moeten in de pagina zelf staan", $"@import in {where.En} loads a file; styles must be embedded"));
        }

        foreach (var target in targets.Select(BrowserUrl))
        {
            if (!IsEmbedded(target) && (embeddedOnly || !IsLocal(target)))
            {
                problems.Add(new($"url({Snippet.Of(target, 60)}) in {where.Nl} laadt een bestand dat niet in de pagina zelf staat", $"url({Snippet.Of(target, 60)}) in {where.En} loads a file that is not embedded in the page"));
            }
        }
    }

    private static bool IsEmbedded(string url) =>
        url.Length == 0 || url.StartsWith('#') || url.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:font/", StringComparison.OrdinalIgnoreCase);

    /// <summary>A relative path on the page's own origin: the print page's assets, served by the PDF stage only.</summary>
    private static bool IsLocal(string url) =>
        !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':', StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);

    private static string BrowserUrl(string value) =>
        value.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal)
            .Trim(UrlEdges);

    /// <summary>C0 controls and the space: what a browser trims from both ends of a URL.</summary>
    private static readonly char[] UrlEdges = Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray();

    [GeneratedRegex("^(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
