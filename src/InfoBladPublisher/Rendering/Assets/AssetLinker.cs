using System.Text;
using System.Text.RegularExpressions;
using InfoBladPublisher.Templates;
using Scriban.Runtime;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Rendering.Assets;

/// <summary>
/// Template functions for assets. In print, pages link to assets/… (served locally to the browser); on the
/// web, everything is inlined as data URIs so each HTML file stands alone and works offline.
/// </summary>
internal sealed partial class AssetLinker
{
    public const string UrlPrefix = "assets/";

    private readonly AssetCatalog _catalog;
    private readonly List<string> _missing = [];

    public AssetLinker(AssetCatalog catalog) => _catalog = catalog;

    /// <summary>Assets a template asked for that do not exist; reported as diagnostics after rendering.</summary>
    public IReadOnlyList<string> Missing => _missing;

    public TrustedHtml Stylesheet(string path)
    {
        var bytes = Touch(path);
        var css = bytes is null ? string.Empty : InlineUrls(Encoding.UTF8.GetString(bytes), Path.GetDirectoryName(path) ?? string.Empty);
        return new TrustedHtml("<style>\n" + css.Replace("</", "<\\/", StringComparison.Ordinal) + "\n</style>");
    }

    public string Url(string path)
    {
        var bytes = Touch(path);
        return bytes is null ? UrlPrefix + path : MediaTypes.DataUri(path, bytes);
    }

    private string InlineUrls(string css, string folder) => CssUrl().Replace(css, match =>
    {
        var target = match.Groups["url"].Value;
        if (target.StartsWith("data:", StringComparison.Ordinal))
        {
            return match.Value;
        }

        var resolved = NormalisePath(Path.Combine(folder, target));
        var bytes = Touch(resolved);
        return bytes is null ? match.Value : $"url(\"{MediaTypes.DataUri(resolved, bytes)}\")";
    });

    private byte[]? Touch(string path)
    {
        var bytes = _catalog.TryRead(path);
        if (bytes is null && !_missing.Contains(path))
        {
            _missing.Add(path);
        }

        return bytes;
    }

    /// <summary>Makes <c>stylesheet</c> and <c>asset_url</c> callable from a template.</summary>
    public void ExposeTo(ScriptObject model)
    {
        model.Import("stylesheet", new Func<string, TrustedHtml>(Stylesheet));
        model.Import("asset_url", new Func<string, string>(Url));
    }

    /// <summary>An asset path with its <c>.</c> and <c>..</c> steps taken (never above assets/).</summary>
    internal static string NormalisePath(string path)
    {
        var parts = new Stack<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == "..")
            {
                parts.TryPop(out _);
            }
            else if (part is not ("." or ""))
            {
                parts.Push(part);
            }
        }

        return string.Join('/', parts.Reverse());
    }


    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')]+)["']?\s*\)""")]
    internal static partial Regex CssUrl();
}
