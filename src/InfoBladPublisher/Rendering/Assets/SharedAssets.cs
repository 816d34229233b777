using System.Text;

namespace InfoBladPublisher.Rendering.Assets;

/// <summary>
/// The assets that many pages link instead of embedding (the release's site): every stylesheet a page asks for
/// goes, once, into one shared stylesheet, and the files it and the pages name (fonts, images) are carried once
/// beside it, under <c>assets/</c>. Collected while the pages are made; <see cref="Files"/> then gives them.
/// </summary>
internal sealed class SharedAssets
{
    /// <summary>Where the shared files are, from the release folder.</summary>
    public const string Folder = "assets/";

    /// <summary>The one stylesheet every page links, from the release folder.</summary>
    public const string Stylesheet = Folder + "site.css";

    private readonly AssetCatalog _catalog;
    private readonly List<(string Path, string Css)> _sheets = [];
    private readonly List<string> _productCss = [];
    private readonly SortedSet<string> _files = new(StringComparer.Ordinal);

    public SharedAssets(AssetCatalog catalog) => _catalog = catalog;

    /// <summary>A stylesheet a page asked for (by its path below assets/, with its text); each goes in once, in the order first asked for.</summary>
    public void AddSheet(string path, string css)
    {
        if (_sheets.All(s => s.Path != path))
        {
            _sheets.Add((path, css));
        }
    }

    /// <summary>Rules the product adds to a page whatever its template (a concept's banner): after the templates' sheets.</summary>
    public void AddCss(string css)
    {
        if (!_productCss.Contains(css))
        {
            _productCss.Add(css);
        }
    }

    /// <summary>A file a page links itself (asset_url), by its path below assets/.</summary>
    public void AddFile(string path) => _files.Add(path);

    /// <summary>Where a page finds an asset: from the page's root (<c>""</c> or <c>"../"</c>), each name escaped for a URL.</summary>
    public static string Link(string root, string assetPath) => root + Folder + Relative(assetPath);

    /// <summary>An asset's address from the shared stylesheet, which is in assets/ itself.</summary>
    public static string Relative(string assetPath) => string.Join('/', assetPath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// The shared stylesheet and every file it or a page names, by path in the release (none when no page asked
    /// for anything). A url() in a sheet is read against the sheet's own folder, as a browser reads it, and
    /// written against assets/, where the shared stylesheet is; an address that is not an asset is left as it
    /// stands, for the caller's check of the stylesheet to refuse.
    /// </summary>
    public IReadOnlyList<(string Path, byte[] Content)> Files()
    {
        var files = new SortedSet<string>(_files, StringComparer.Ordinal);
        var css = new StringBuilder();
        foreach (var (path, text) in _sheets)
        {
            var folder = Path.GetDirectoryName(path) ?? string.Empty;
            css.Append("/* ").Append(path.Replace("*/", "* /", StringComparison.Ordinal)).Append(" */\n");
            css.Append(AssetLinker.CssUrl().Replace(text, match =>
            {
                var target = match.Groups["url"].Value;
                var resolved = AssetLinker.NormalisePath(Path.Combine(folder, target));
                if (target.StartsWith("data:", StringComparison.Ordinal) || !AssetLinker.IsAssetPath(target) || !_catalog.Exists(resolved))
                {
                    return match.Value;
                }

                files.Add(resolved);
                return $"url(\"{Relative(resolved)}\")";
            })).Append('\n');
        }

        foreach (var rules in _productCss)
        {
            css.Append("/* InfoBladPublisher */\n").Append(rules).Append('\n');
        }

        if (css.Length == 0 && files.Count == 0)
        {
            return [];
        }

        var result = new List<(string, byte[])> { (Stylesheet, Encoding.UTF8.GetBytes(css.ToString())) };
        result.AddRange(files.Select(f => (Folder + f, _catalog.TryRead(f) ?? [])));
        return result;
    }
}
