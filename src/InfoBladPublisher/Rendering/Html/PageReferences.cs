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
    public static IReadOnlyList<Wording> Find(string html, bool embeddedOnly) =>
        Find(html, embeddedOnly ? Loads.EmbeddedOnly : Loads.LocalFiles);

    /// <summary>A page of the release's site: besides what it embeds, it may load exactly the shared assets the product linked for it, and has no inline style (its policy allows none).</summary>
    /// <param name="linked">The addresses the product wrote into the page (the shared stylesheet, a linked asset).</param>
    public static IReadOnlyList<Wording> FindOnSitePage(string html, IReadOnlySet<string> linked) =>
        Find(html, new Loads(linked.Contains, InlineStyles: false, new(
            "een pagina van de site laadt alleen het gedeelde stijlblad en de bestanden die {{ stylesheet }} en {{ asset_url }} gaven",
            "a page of the site loads only the shared stylesheet and the files {{ stylesheet }} and {{ asset_url }} gave")));

    /// <summary>The shared stylesheet of the site: it may load only what it embeds and the files carried beside it.</summary>
    /// <param name="carried">Its addresses of the files carried beside it, as written in it.</param>
    public static IReadOnlyList<Wording> FindInStylesheet(string css, IReadOnlySet<string> carried)
    {
        var problems = new List<Wording>();
        CheckCss(css, new("het gedeelde stijlblad van de site", "the site's shared stylesheet"), declarations: false, new Loads(carried.Contains, InlineStyles: true, new(string.Empty, string.Empty)), problems);
        return problems;
    }

    /// <summary>What a page may load besides what it embeds, whether it may carry inline style, and why a link is refused.</summary>
    private sealed record Loads(Func<string, bool> Allowed, bool InlineStyles, Wording LinkRule)
    {
        public static readonly Loads EmbeddedOnly = new(_ => false, true, new("de webpagina moet de stijlen zelf bevatten", "the web page must embed its styles"));
        public static readonly Loads LocalFiles = new(IsLocal, true, new("alleen lokale bestanden mogen worden gelinkt", "only local assets may be linked"));
    }

    private static List<Wording> Find(string html, Loads loads)
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

            if (name == "link" && !loads.Allowed(BrowserUrl(element.GetAttribute("href") ?? string.Empty)))
            {
                var href = Snippet.Of(element.GetAttribute("href"), 60);
                problems.Add(new($"<link href=\"{href}\"> laadt een bestand; {loads.LinkRule.Nl}", $"<link href=\"{href}\"> loads a file; {loads.LinkRule.En}"));
            }

            foreach (var attribute in element.Attributes)
            {
                CheckAttribute(element, attribute, loads, problems);
            }

            if (name == "style")
            {
                InlineStyle(new("<style>", "<style>"), loads, problems);
                CheckCss(element.TextContent, new("<style>", "<style>"), declarations: false, loads, problems);
            }
        }

        return problems;
    }

    /// <summary>A site page's policy allows no inline style, so a browser would drop it without a word: refused here instead.</summary>
    private static void InlineStyle(Wording where, Loads loads, List<Wording> problems)
    {
        if (!loads.InlineStyles)
        {
            problems.Add(new(
                $"{where.Nl} op een pagina van de site wordt niet toegepast: het beleid van de site staat alleen het gedeelde stijlblad toe; zet de stijl in een stijlblad onder assets/ en laad dat met {{{{ stylesheet }}}}",
                $"{where.En} on a page of the site would not apply: the site's policy allows only the shared stylesheet; put the style in a stylesheet under assets/ and load it with {{{{ stylesheet }}}}"));
        }
    }

    private static void CheckAttribute(IElement element, IAttr attribute, Loads loads, List<Wording> problems)
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
            if (!IsEmbedded(value) && !loads.Allowed(value))
            {
                problems.Add(new($"<{element.LocalName} {name}=\"{Snippet.Of(value, 60)}\"> laadt een bestand dat niet in de pagina zelf staat", $"<{element.LocalName} {name}=\"{Snippet.Of(value, 60)}\"> loads a file that is not embedded in the page"));
            }
        }
        else if (name == "style")
        {
            var where = new Wording($"de style van <{element.LocalName}>", $"the style of <{element.LocalName}>");
            InlineStyle(where, loads, problems);
            CheckCss(attribute.Value, where, declarations: true, loads, problems);
        }
    }

    private static void CheckCss(string css, Wording where, bool declarations, Loads loads, List<Wording> problems)
    {
        var (imports, targets) = CssReferences.Find(css, declarations);
        if (imports)
        {
            problems.Add(new($"@import in {where.Nl} laadt een bestand; stijlen moeten in de pagina zelf staan", $"@import in {where.En} loads a file; styles must be embedded"));
        }

        foreach (var target in targets.Select(BrowserUrl))
        {
            if (!IsEmbedded(target) && !loads.Allowed(target))
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
