using ScottPlot;

namespace InfoBladPublisher.Charts;

/// <summary>
/// Draws charts with ScottPlot as SVG, in the house colours and the bundled font, then makes the SVG accessible
/// and deterministic (<see cref="SvgFinisher"/>). Built once per run.
/// </summary>
internal sealed class ChartEngine
{
    public const string FontName = "Fira Sans";
    public const int Width = 640;
    public const int Height = 340;

    // ScottPlot keeps its font registry and id counters process-wide, so drawing is serialised.
    private static readonly object Gate = new();

    private readonly IReadOnlyList<string> _palette;
    private readonly string _fontsFolder;
    private bool _fontsAdded;

    public ChartEngine(string fontsFolder, IReadOnlyList<string> palette)
    {
        _palette = palette;
        _fontsFolder = fontsFolder;
    }

    private void AddFonts()
    {
        if (_fontsAdded)
        {
            return;
        }

        // Skia reads WOFF (not WOFF2); the same Fira Sans the pages embed, so text metrics match.
        Fonts.AddFontFile(FontName, Path.Combine(_fontsFolder, "fira-sans-latin-400-normal.woff"), bold: false, italic: false);
        Fonts.AddFontFile(FontName, Path.Combine(_fontsFolder, "fira-sans-latin-700-normal.woff"), bold: true, italic: false);
        _fontsAdded = true;
    }

    /// <summary>The colour of series <paramref name="index"/>, for the legend the page prints.</summary>
    public string ColourOf(int index) => _palette[index % _palette.Count];

    internal string Render(ChartData data, ChartKind kind)
    {
        string svg;
        lock (Gate)
        {
            // Fonts are added at the first chart, not at start: ScottPlot's set-up is a tenth of a short render.
            AddFonts();
            var plot = new Plot();
            plot.Font.Set(FontName);
            plot.FigureBackground.Color = Colors.White;
            plot.Axes.Color(Color.FromHex("#333333"));
            plot.Grid.MajorLineColor = Color.FromHex("#dce3ea");
            plot.Axes.Left.Label.Text = data.Unit;
            plot.Axes.Left.Label.FontSize = 13;
            plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
            plot.Axes.Left.TickLabelStyle.FontSize = 13;
            plot.Axes.Left.MinorTickStyle.Length = 0;
            plot.Axes.Top.FrameLineStyle.Width = 0;
            plot.Axes.Right.FrameLineStyle.Width = 0;

            kind.Draw(plot, data, _palette);

            var positions = Enumerable.Range(0, data.Categories.Count).Select(i => (double)i).ToArray();
            plot.Axes.Bottom.SetTicks(positions, data.Categories.ToArray());
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            plot.HideGrid();
            plot.Grid.YAxisStyle.IsVisible = true;

            // No ScottPlot legend: the page prints one in HTML under the chart, readable and in the page font.
            svg = plot.GetSvgXml(Width, Height);
        }

        return SvgFinisher.Finish(svg, data, kind);
    }
}
