using InfoBladPublisher.Common;

namespace InfoBladPublisher.Rendering.Assets;

/// <summary>
/// The local files a rendered page may use: the template assets and the bundled fonts. Nothing else is
/// served to the browser, and nothing is fetched from the network.
/// </summary>
internal sealed class AssetCatalog
{
    public const string FontsPrefix = "fonts/";

    private readonly ConfinedDirectory _templateAssets;
    private readonly ConfinedDirectory _fonts;

    private readonly bool _fontsStandIn;

    /// <param name="fontsStandIn">When the fonts are not installed, serve a font as no bytes: for a check that renders pages but writes none.</param>
    public AssetCatalog(ConfinedDirectory templates, string fontsFolder, bool fontsStandIn = false)
    {
        _fontsStandIn = fontsStandIn && !Directory.Exists(fontsFolder);
        _templateAssets = new ConfinedDirectory(Path.Combine(templates.FullPath, Templates.TemplateLayout.AssetsFolder), templates.Display(Templates.TemplateLayout.AssetsFolder));
        _fonts = new ConfinedDirectory(fontsFolder, fontsFolder);
    }

    /// <param name="assetPath">A path below assets/, such as css/screen.css or fonts/fira-sans-latin-400-normal.woff2.</param>
    public byte[]? TryRead(string assetPath)
    {
        var (folder, relative) = Locate(assetPath);
        if (_fontsStandIn && folder == _fonts)
        {
            return [];
        }

        return folder.TryReadBytes(relative, Limits.AssetFileBytes, out _);
    }

    /// <summary>The font families that the templates bundle (the @font-face rules of css/fonts.css).</summary>
    public IReadOnlyList<string> BundledFamilies()
    {
        var css = TryRead("css/fonts.css");
        if (css is null)
        {
            return [];
        }

        return System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.UTF8.GetString(css), "@font-face\\s*\\{[^}]*?font-family:\\s*[\"']([^\"']+)[\"']")
            .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The font files the bundled @font-face rules load, as paths below assets/ (fonts/…).</summary>
    public IReadOnlyList<string> BundledFontFiles()
    {
        var css = TryRead("css/fonts.css");
        return css is null ? [] : AssetLinker.CssUrl().Matches(System.Text.Encoding.UTF8.GetString(css))
            .Select(m => AssetLinker.NormalisePath(Path.Combine("css", m.Groups["url"].Value)))
            .Where(p => p.StartsWith(FontsPrefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public bool Exists(string assetPath)
    {
        var (folder, relative) = Locate(assetPath);
        return folder.FileExists(relative);
    }

    private (ConfinedDirectory Folder, string Relative) Locate(string assetPath) =>
        assetPath.StartsWith(FontsPrefix, StringComparison.Ordinal)
            ? (_fonts, assetPath[FontsPrefix.Length..])
            : (_templateAssets, assetPath);
}
