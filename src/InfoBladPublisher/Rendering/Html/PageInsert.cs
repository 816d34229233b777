using System.Text.RegularExpressions;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>Where the product adds to a finished page whatever the template wrote: style last in the head, a banner first in the body.</summary>
internal static partial class PageInsert
{
    public static bool HasHead(string html) => HeadEnd().IsMatch(html);

    /// <summary>A style block just before &lt;/head&gt;, so it comes after the template's own; unchanged without a head.</summary>
    public static string Style(string html, string css) =>
        HeadEnd().Match(html) is { Success: true } head ? html.Insert(head.Index, "<style>\n" + css + "</style>\n") : html;

    /// <summary>A fragment right after &lt;body&gt;; unchanged without a body.</summary>
    public static string AtTop(string html, string fragment) =>
        BodyStart().Match(html) is { Success: true } body ? html.Insert(body.Index + body.Length, "\n" + fragment) : html;

    [GeneratedRegex("</head>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadEnd();

    [GeneratedRegex("<body[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyStart();
}
