using System.Text.RegularExpressions;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// Every published page carries a strict policy as its first head element: no script, no connections, and
/// only embedded images, styles and fonts. It is added by the product, so no template can leave it out.
/// </summary>
internal static partial class ContentSecurityPolicy
{
    public const string Policy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";

    /// <returns>The page with the policy, or null when it has no &lt;head&gt; to put it in.</returns>
    public static string? Insert(string html)
    {
        var head = Head().Match(html);
        return head.Success
            ? html.Insert(head.Index + head.Length, $"\n<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">")
            : null;
    }

    [GeneratedRegex(@"<head(\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex Head();
}
