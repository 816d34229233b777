using Ganss.Xss;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// The last step of every Markdown render: an allow-list sanitiser (HtmlSanitizer) over the HTML, so that no
/// mistake in a renderer, an extension or the link checks can put script, handlers or foreign URLs in a page.
/// The list is what our renderers write and nothing more.
/// </summary>
internal static class MarkdownSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "wbr", "span", "div", "a", "strong", "em", "del", "ins", "mark", "sub", "sup", "code", "pre", "blockquote", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption", "img", "section", "aside",
        "svg", "g", "path", "rect", "ellipse", "circle", "line", "polyline", "polygon", "text", "tspan", "title", "desc", "defs", "clippath",
    ];

    private static readonly string[] Attributes =
    [
        "class", "id", "role", "title", "lang", "href", "src", "alt", "scope", "colspan", "rowspan", "start", "datetime", "tabindex",
        "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
        "viewbox", "xmlns", "d", "x", "y", "cx", "cy", "r", "rx", "ry", "x1", "x2", "y1", "y2", "width", "height", "points", "transform",
        "fill", "fill-opacity", "stroke", "stroke-width", "stroke-miterlimit", "stroke-dasharray", "stroke-linecap", "stroke-linejoin",
        "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline", "clip-path", "style",
    ];

    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(LinkSchemes.Allowed, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(HtmlSanitizerDefaults.AllowedCssProperties, StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { AllowDataAttributes = true };

        // Images are embedded as data URIs by ImageEmbedder; only image types, and only on <img>.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.LocalName == "img" && IsImageData(e.OriginalUrl))
            {
                e.SanitizedUrl = e.OriginalUrl;
            }
        };
        return sanitizer;
    }

    private static bool IsImageData(string url) =>
        url.StartsWith("data:image/png;base64,", StringComparison.Ordinal)
        || url.StartsWith("data:image/jpeg;base64,", StringComparison.Ordinal)
        || url.StartsWith("data:image/svg+xml;base64,", StringComparison.Ordinal);
}
