using System.Text.RegularExpressions;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// Every published page carries a strict policy as its first head element: no script, no connections, and
/// only embedded images, styles and fonts. It is added by the product, so no template can leave it out.
/// </summary>
internal static partial class ContentSecurityPolicy
{
    public const string Policy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// A page of the release's site: styles and fonts only from the site's own files (its shared stylesheet and
    /// fonts), images from there or embedded, and no inline style at all.
    /// </summary>
    public const string SitePolicy = "default-src 'none'; img-src 'self' data:; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'";

    /// <returns>The page with the policy, or null when it has no &lt;head&gt; to put it in.</returns>
    public static string? Insert(string html, string policy = Policy)
    {
        var head = Head().Match(html);
        return head.Success
            ? html.Insert(head.Index + head.Length, $"\n<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">")
            : null;
    }

    [GeneratedRegex(@"<head(\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex Head();
}
