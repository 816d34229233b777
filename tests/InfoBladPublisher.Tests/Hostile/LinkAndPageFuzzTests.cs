using System.Globalization;
using AngleSharp.Html.Parser;
using CsCheck;
using InfoBladPublisher.Rendering.Html;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// Property-based fuzzing (CsCheck) of the link policy and of the final-page check, on a fixed budget per run.
/// The link policy: for any link an editor writes, inline or by reference, check either refuses it or the web
/// page links only to http(s), mailto, another document's page or an anchor of its own. The final-page check:
/// every disguise of a script link, a remote CSS load or an SVG animation is refused, however it is encoded.
/// </summary>
public sealed class LinkAndPageFuzzTests
{
    private const int Iterations = 150;

    private static readonly string[] UrlTokens =
    [
        "https://", "http://", "HTTPS://", "mailto:", "javascript:", "java\tscript:", "file:", "data:text/html,", "doc:", "doc:nota", "//", "/", "../",
        "?x=1", "#kop", "example.org", "etc", "a@b.nl", "/x", "/../etc/passwd", "%2e%2e/", " ", "<", ">", "\"t\"", "(", ")", "\\", "&#9;", "\u00A0", "é",
        "{lak 5.1.2e}", "{/lak}", ":", "@", "\n",
    ];

    private static readonly HtmlParser Parser = new();

    private static Gen<string> Url => Gen.Int[0, UrlTokens.Length - 1].Array[0, 8].Select(ix => string.Concat(ix.Select(i => UrlTokens[i])));

    [Fact]
    public void Any_link_Should_be_refused_or_lead_only_where_the_policy_allows()
    {
        Gen.Select(Url, Gen.Bool).Sample((url, byReference) =>
        {
            using var content = new ContentTree();
            var link = byReference ? $"[zie][r]\n\n[r]: {url}\n" : $"[zie]({url})\n";
            content.Write("content/documenten/nota/tekst.md", ContentTree.NotaBody + "\n\n" + link);
            var (output, diagnostics) = content.Check();
            if (output is null)
            {
                return diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error);
            }

            var page = Parser.ParseDocument(output.Documents.Single().WebHtml);
            return page.QuerySelectorAll("a[href]").All(a => Allowed(a.GetAttribute("href")!, page));
        }, iter: Iterations);
    }

    [Fact]
    public void Any_disguise_of_a_script_link_Should_be_refused()
    {
        Gen.Select(Disguised("javascript"), Gen.OneOf("a", "area")).Sample((scheme, element) =>
            PageReferences.Find(Page($"<{element} href=\"{scheme}:alert(1)\">x</{element}>"), embeddedOnly: true).Count > 0, iter: Iterations);
    }

    [Fact]
    public void Any_disguise_of_a_remote_css_load_Should_be_refused()
    {
        var css = Gen.OneOf(
            Escaped("url").Select(u => $"body {{ background: {u}(https://evil.example/x.png); }}"),
            Escaped("import").Select(i => $"@{i} \"https://evil.example/x.css\";"),
            Escaped("image-set").Select(f => $"body {{ background-image: {f}(\"https://evil.example/x.png\" 1x); }}"));
        Gen.Select(css, Gen.Bool).Sample((rule, inAttribute) =>
        {
            var html = inAttribute && !rule.StartsWith('@')
                ? Page($"<div style=\"{rule[(rule.IndexOf('{', StringComparison.Ordinal) + 1)..rule.LastIndexOf('}')].Replace("\"", "&quot;", StringComparison.Ordinal)}\">x</div>")
                : Page($"<style>{rule}</style>");
            return PageReferences.Find(html, embeddedOnly: true).Count > 0;
        }, iter: Iterations);
    }

    [Fact]
    public void Any_svg_animation_Should_be_refused()
    {
        Gen.Select(Gen.OneOf("set", "animate", "animateMotion", "animateTransform", "discard"), Gen.Bool).Sample((name, upper) =>
        {
            var tag = upper ? name.ToUpperInvariant() : name;
            return PageReferences.Find(Page($"<svg><a href=\"#x\"><{tag} attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>"), embeddedOnly: true).Count > 0;
        }, iter: 30);
    }

    /// <summary>A word with each letter written plainly, in upper case, as a decimal or hex entity, or with a tab or line break entity before it.</summary>
    private static Gen<string> Disguised(string word) =>
        Gen.Int[0, 5].Array[word.Length].Select(ways => string.Concat(word.Select((c, i) => ways[i] switch
        {
            0 => c.ToString(),
            1 => char.ToUpperInvariant(c).ToString(),
            2 => $"&#{(int)c};",
            3 => $"&#x{(int)c:x};",
            4 => "&#9;" + c,
            _ => "&#10;" + c,
        })));

    /// <summary>A CSS identifier with each letter plain, in upper case, or as a CSS escape (hex with a space, or a backslash before it).</summary>
    private static Gen<string> Escaped(string word) =>
        Gen.Int[0, 3].Array[word.Length].Select(ways => string.Concat(word.Select((c, i) => c == '-' ? "-" : ways[i] switch
        {
            0 => c.ToString(),
            1 => char.ToUpperInvariant(c).ToString(),
            2 => "\\" + ((int)c).ToString("x", CultureInfo.InvariantCulture) + " ",
            _ => Uri.IsHexDigit(c) ? "\\" + ((int)c).ToString("X6", CultureInfo.InvariantCulture) : "\\" + c, // "\e" would be U+000E
        })));

    private static string Page(string body) => $"<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body>{body}</body></html>";

    /// <summary>http(s) with a host, mailto with an address, another document's page, or an anchor that exists on the page.</summary>
    private static bool Allowed(string href, AngleSharp.Html.Dom.IHtmlDocument page)
    {
        if (href.StartsWith('#'))
        {
            return page.GetElementById(Uri.UnescapeDataString(href[1..])) is not null;
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(href, @"^[a-z0-9-]+\.html(#[\w-]+)?$"))
        {
            return true;
        }

        // As a browser reads the scheme: letters up to the first colon, whatever follows.
        var scheme = System.Text.RegularExpressions.Regex.Match(href, "^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", System.Text.RegularExpressions.RegexOptions.Singleline);
        return scheme.Success && !href.Any(char.IsControl)
            && (scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" && scheme.Groups[2].Value.StartsWith("//", StringComparison.Ordinal) && scheme.Groups[2].Value.Length > 2
                || scheme.Groups[1].Value.Equals("mailto", StringComparison.OrdinalIgnoreCase) && href.Contains('@', StringComparison.Ordinal));
    }
}
