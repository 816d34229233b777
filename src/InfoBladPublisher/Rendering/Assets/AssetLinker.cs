using System.Text;
using System.Text.RegularExpressions;
using InfoBladPublisher.Templates;
using Scriban.Runtime;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Rendering.Assets;

/// <summary>
/// Template functions for assets. A document's web page inlines everything as data URIs, so each HTML file
/// stands alone and works offline. A page of the release's site links the site's shared assets instead
/// (<see cref="SharedAssets"/>): one stylesheet and the files beside it, which the release carries once.
/// </summary>
internal sealed partial class AssetLinker
{
    public const string UrlPrefix = "assets/";

    private readonly AssetCatalog _catalog;
    private readonly SharedAssets? _shared;
    private readonly string _root = string.Empty;
    private readonly List<string> _missing = [];
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);

    public AssetLinker(AssetCatalog catalog) => _catalog = catalog;

    /// <summary>For a page of the site: its assets are linked from <paramref name="shared"/>, not embedded.</summary>
    /// <param name="root">The release folder from the page: <c>""</c>, or <c>"../"</c> for a page in a subfolder.</param>
    public AssetLinker(AssetCatalog catalog, SharedAssets shared, string root)
    {
        _catalog = catalog;
        _shared = shared;
        _root = root;
    }

    /// <summary>Assets a template asked for that do not exist; reported as diagnostics after rendering.</summary>
    public IReadOnlyList<string> Missing => _missing;

    /// <summary>The addresses this page was given to load (a page of the site only): all it may load besides what it embeds.</summary>
    public IReadOnlySet<string> Linked => _linked;

    public TrustedHtml Stylesheet(string path)
    {
        var bytes = Touch(path);
        if (_shared is not null)
        {
            return bytes is null ? new TrustedHtml(string.Empty) : LinkShared(path, Encoding.UTF8.GetString(bytes));
        }

        var css = bytes is null ? string.Empty : InlineUrls(Encoding.UTF8.GetString(bytes), Path.GetDirectoryName(path) ?? string.Empty);
        return new TrustedHtml("<style>\n" + css.Replace("</", "<\\/", StringComparison.Ordinal) + "\n</style>");
    }

    public string Url(string path)
    {
        var bytes = Touch(path);
        if (bytes is null)
        {
            return UrlPrefix + path;
        }

        if (_shared is null)
        {
            return MediaTypes.DataUri(path, bytes);
        }

        var normal = NormalisePath(path);
        _shared.AddFile(normal);
        var link = SharedAssets.Link(_root, normal);
        _linked.Add(link);
        return link;
    }

    /// <summary>The sheet goes into the shared stylesheet; the page links that once, where it first asked for a sheet.</summary>
    private TrustedHtml LinkShared(string path, string css)
    {
        foreach (var target in CssUrl().Matches(css).Select(m => m.Groups["url"].Value).Where(t => !t.StartsWith("data:", StringComparison.Ordinal) && IsAssetPath(t)))
        {
            Touch(NormalisePath(Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, target)));
        }

        _shared!.AddSheet(NormalisePath(path), css);
        var link = _root + SharedAssets.Stylesheet;
        return new TrustedHtml(_linked.Add(link) ? $"<link rel=\"stylesheet\" href=\"{link}\">" : string.Empty);
    }

    /// <summary>A relative address on the page's own origin: one that can name an asset (no scheme, no host, no root).</summary>
    internal static bool IsAssetPath(string url) =>
        url.Length > 0 && !url.StartsWith('/') && !url.Contains(':', StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);

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
