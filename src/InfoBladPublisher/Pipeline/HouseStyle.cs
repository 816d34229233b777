using InfoBladPublisher.Charts;
using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Rendering.Assets;
using InfoBladPublisher.Rendering.Print;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Pipeline;

/// <summary>The templates and what they decide: layouts, assets, the tokens both media share, chart colours and the woordmerk's measure, read once per run.</summary>
internal sealed class HouseStyle : IDisposable
{
    private HouseStyle(TemplateSet templates, PrintLayouts print, HouseTokens tokens, AssetCatalog assets, ChartEngine? charts, WoordmerkFit? woordmerk, FontCoverage? glyphs)
    {
        Tokens = tokens;
        Glyphs = glyphs;
        Templates = templates;
        Print = print;
        Assets = assets;
        Charts = charts;
        Woordmerk = woordmerk;
    }

    public TemplateSet Templates { get; }

    /// <summary>The print layouts (Typst), templates/print/.</summary>
    public PrintLayouts Print { get; }

    /// <summary>tokens.css as the print layouts, the woordmerk and the layout gate read it.</summary>
    public HouseTokens Tokens { get; }

    public AssetCatalog Assets { get; }

    /// <summary>Null when the fonts are not installed (a check without <c>npm ci</c>): charts are then not drawn.</summary>
    public ChartEngine? Charts { get; }

    /// <summary>What the print fonts can show; null when they are not installed (a check without <c>npm ci</c>).</summary>
    public FontCoverage? Glyphs { get; }

    /// <summary>Null when the fonts are not installed; the layout gate still checks the printed page.</summary>
    public WoordmerkFit? Woordmerk { get; }

    /// <returns>The house style, or null when the templates or tokens.css have errors (each one is reported).</returns>
    /// <param name="withoutFonts">The fonts are not installed and the run writes nothing: leave out what needs them.</param>
    public static HouseStyle? Load(Workspace workspace, bool withoutFonts, DiagnosticBag diagnostics)
    {
        var templates = TemplateSet.Load(workspace.Templates, diagnostics);
        var print = PrintLayouts.Load(workspace.Templates, diagnostics);
        if (templates is null || print is null)
        {
            return null;
        }

        var tokensFile = Path.Combine(TemplateLayout.AssetsFolder, "css", "tokens.css");
        var at = SourcePosition.StartOf(workspace.Templates.Display(tokensFile));
        if (!workspace.Templates.FileExists(tokensFile))
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, at, "de tokens van de huisstijl (kleuren, maten, het briefhoofd) ontbreken; elke set sjablonen heeft dit bestand nodig", "the house style's tokens (colours, sizes, the letterhead) are missing; every template set needs this file");
            return null;
        }

        var tokens = workspace.Templates.TryReadText(tokensFile, Limits.AssetFileBytes, diagnostics);
        if (tokens is null)
        {
            return null;
        }

        var declared = StyleTokens.Parse(tokens, at.File);
        var series = declared.ColourSeries("grafiek", diagnostics);
        if (series is { Count: 0 })
        {
            diagnostics.Report(DiagnosticCodes.MissingToken, at, "geen kleuren voor grafieken: definieer --ib-grafiek-1: #rrggbb (en -2, -3, … voor meer reeksen)", "no chart colours: define --ib-grafiek-1: #rrggbb (and -2, -3, … for more series)");
        }

        var house = HouseTokens.Read(declared, diagnostics);
        if (series is not { Count: > 0 } || house is null)
        {
            return null;
        }

        // In capitals, as the charts and their legends have always carried them.
        var palette = series.Select(c => c.ToUpperInvariant()).ToList();

        return withoutFonts
            ? new HouseStyle(templates, print, house, new AssetCatalog(workspace.Templates, workspace.FontsFolder, fontsStandIn: true), null, null, null)
            : new HouseStyle(templates, print, house, new AssetCatalog(workspace.Templates, workspace.FontsFolder),
                new ChartEngine(workspace.FontsFolder, palette), WoordmerkFit.Create(house.WoordmerkSizePt, house.WoordmerkWidthPt, workspace.FontsFolder),
                FontCoverage.For(workspace.NodeModules)) { Column = ColumnFit.Create(house.ColumnPt, house.BodyPt, house.TitlePt, (house.TableGutterPt, house.DataTableGutterPt), workspace.FontsFolder) };
    }

    /// <summary>Whether a word fits the text column; null when the fonts are not installed.</summary>
    public ColumnFit? Column { get; private init; }

    public void Dispose()
    {
        Woordmerk?.Dispose();
        Column?.Dispose();
    }
}
