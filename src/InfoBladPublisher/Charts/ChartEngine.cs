using ScottPlot;

namespace InfoBladPublisher.Charts;

/// <summary>
/// Draws charts with ScottPlot as SVG, in the house colours and the bundled font, then makes the SVG accessible
/// and deterministic (<see cref="SvgFinisher"/>). Built once per run.
/// </summary>
public sealed class ChartEngine
{
    public const string FontName = "Fira Sans";
    public const int Width = 640;
    public const int Height = 340;

    // ScottPlot keeps its font registry and id counters process-wide, so drawing is serialised.
    private static readonly object Gate = new();

    private readonly IReadOnlyList<string> _palette;

    public ChartEngine(string fontsFolder, IReadOnlyList<string> palette)
    {
        _palette = palette;
        lock (Gate)
        {
            // Skia reads WOFF (not WOFF2); the same Fira Sans the pages embed, so text metrics match.
            Fonts.AddFontFile(FontName, Path.Combine(fontsFolder, "fira-sans-latin-400-normal.woff"), bold: false, italic: false);
            Fonts.AddFontFile(FontName, Path.Combine(fontsFolder, "fira-sans-latin-700-normal.woff"), bold: true, italic: false);
        }
    }

    /// <summary>The colour of series <paramref name="index"/>, for the legend the page prints.</summary>
    public string ColourOf(int index) => _palette[index % _palette.Count];

    public string Render(ChartData data, ChartKind kind)
    {
        string svg;
        lock (Gate)
        {
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

            switch (kind)
            {
                case ChartKind.Lijn:
                    AddLines(plot, data);
                    break;
                default:
                    AddBars(plot, data, stacked: kind == ChartKind.Gestapeld);
                    break;
            }

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

    private void AddBars(Plot plot, ChartData data, bool stacked)
    {
        var groups = data.Series.Count;
        var width = stacked || groups == 1 ? 0.6 : 0.8 / groups;
        var bases = new double[data.Categories.Count];
        for (var s = 0; s < groups; s++)
        {
            var series = data.Series[s];
            var bars = new List<Bar>();
            for (var c = 0; c < data.Categories.Count; c++)
            {
                var position = stacked || groups == 1 ? c : c - 0.4 + (width * (s + 0.5));
                var value = series.Values[c];
                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = stacked ? bases[c] : 0,
                    Value = stacked ? bases[c] + value : value,
                    FillColor = Color.FromHex(_palette[s % _palette.Count]),
                    LineWidth = 0,
                    Size = width,
                });
                if (stacked)
                {
                    bases[c] += value;
                }
            }

            plot.Add.Bars(bars);
        }

        plot.Axes.Margins(bottom: 0);
    }

    private void AddLines(Plot plot, ChartData data)
    {
        var xs = Enumerable.Range(0, data.Categories.Count).Select(i => (double)i).ToArray();
        for (var s = 0; s < data.Series.Count; s++)
        {
            var colour = Color.FromHex(_palette[s % _palette.Count]);
            var line = plot.Add.Scatter(xs, data.Series[s].Values.ToArray(), colour);
            line.LineWidth = 2.5f;
            line.MarkerSize = 0;

            // One marker per data point, drawn separately so each is its own element with its own label.
            for (var c = 0; c < xs.Length; c++)
            {
                plot.Add.Marker(xs[c], data.Series[s].Values[c], MarkerShape.FilledCircle, 9, colour);
            }
        }

        plot.Axes.SetLimitsY(0, data.Series.SelectMany(s => s.Values).DefaultIfEmpty(1).Max() * 1.15);
    }
}
