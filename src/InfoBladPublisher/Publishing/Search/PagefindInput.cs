using System.Text;
using System.Text.RegularExpressions;

namespace InfoBladPublisher.Publishing.Search;

/// <summary>
/// A page as Pagefind is given it: without its style sheets and embedded files. A document's web page carries
/// its fonts and images inside it (about half a megabyte), none of which Pagefind indexes, and reading them made
/// most of its time (11 s of a 100-document release). The words, the marks Pagefind reads and the links stay.
/// </summary>
internal static partial class PagefindInput
{
    public static byte[] Slim(byte[] page)
    {
        var html = Encoding.UTF8.GetString(page);
        var slim = EmbeddedFile().Replace(StyleSheet().Replace(html, string.Empty), "${attribute}=\"\"");
        return slim.Length == html.Length ? page : Encoding.UTF8.GetBytes(slim);
    }

    // The pages are the publisher's own, with every text '<' escaped: a '<style' here is a style element.
    [GeneratedRegex(@"<style\b[^>]*>.*?</style\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleSheet();

    [GeneratedRegex(@"\b(?<attribute>src|href)=""data:[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedFile();
}
