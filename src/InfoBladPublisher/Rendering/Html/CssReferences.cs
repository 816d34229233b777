using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Css.Parser;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// What a piece of CSS could load, read as a browser reads it: the CSS is tokenised by AngleSharp.Css, so an
/// escape (<c>u\72l(…)</c>, <c>@\69mport</c>) is decoded before it is judged, and the raw text is judged as
/// well, for what the parser drops but a browser may still honour. Besides <c>url()</c> and <c>@import</c>,
/// the functions that take a plain string as an address count too: <c>image-set()</c>, <c>image()</c>,
/// <c>cross-fade()</c> and <c>src()</c>.
/// </summary>
internal static partial class CssReferences
{
    private static readonly CssParser Parser = new(new CssParserOptions
    {
        IsIncludingUnknownDeclarations = true,
        IsIncludingUnknownRules = true,
        IsToleratingInvalidSelectors = true,
    });

    /// <summary>
    /// Answers already given, by the SHA-256 of the CSS: every page of a release embeds the same house style with its
    /// fonts (hundreds of kB), and parsing it once per page was most of a site's making (20 s for 100 documents).
    /// </summary>
    private static readonly ConcurrentDictionary<(bool Declarations, string Sha256), (bool Imports, IReadOnlyList<string> Targets)> Answers = new();

    /// <summary>Enough for every style sheet of a run; a long-running preview starts over when it has seen more.</summary>
    private const int Remembered = 256;

    /// <summary>Below this size parsing is cheaper than remembering.</summary>
    private const int WorthRemembering = 4096;

    /// <param name="declarations">A style attribute's declarations rather than a whole style sheet.</param>
    public static (bool Imports, IReadOnlyList<string> Targets) Find(string css, bool declarations)
    {
        if (css.Length < WorthRemembering)
        {
            return Read(css, declarations);
        }

        var key = (declarations, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css))));
        if (Answers.TryGetValue(key, out var known))
        {
            return known;
        }

        if (Answers.Count >= Remembered)
        {
            Answers.Clear();
        }

        return Answers[key] = Read(css, declarations);
    }

    private static (bool Imports, IReadOnlyList<string> Targets) Read(string css, bool declarations)
    {
        var tokenised = declarations
            ? Parser.ParseDeclaration(css)?.CssText ?? string.Empty
            : string.Join('\n', Parser.ParseStyleSheet(css).Rules.Select(r => r.CssText));
        var targets = new List<string>();
        foreach (var text in new[] { css, tokenised })
        {
            targets.AddRange(CssUrl().Matches(text).Select(m => m.Groups["url"].Value.Trim()));
            foreach (Match function in StringFunction().Matches(text))
            {
                targets.AddRange(QuotedString().Matches(function.Groups["args"].Value).Select(s => s.Groups["s"].Value.Trim()));
            }
        }

        var imports = Import().IsMatch(css) || Import().IsMatch(tokenised);
        return (imports, targets.Distinct(StringComparer.Ordinal).ToList().AsReadOnly());
    }

    [GeneratedRegex("""url\(\s*(?<q>['"]?)(?<url>[^'")]*)\k<q>\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"(?:-webkit-)?(?:image-set|image|cross-fade|src)\((?<args>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex StringFunction();

    [GeneratedRegex("""(?<q>['"])(?<s>[^'"]*)\k<q>""")]
    private static partial Regex QuotedString();

    [GeneratedRegex(@"@import", RegexOptions.IgnoreCase)]
    private static partial Regex Import();
}
