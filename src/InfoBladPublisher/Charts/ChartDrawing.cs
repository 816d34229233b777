using ScottPlot;

namespace InfoBladPublisher.Charts;

/// <summary>How each chart kind puts its series on a ScottPlot plot, in the palette's colours.</summary>
internal static class ChartDrawing
{
    public static void Bars(Plot plot, ChartData data, IReadOnlyList<string> palette, bool stacked)
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
                    FillColor = Color.FromHex(palette[s % palette.Count]),
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

    public static void Lines(Plot plot, ChartData data, IReadOnlyList<string> palette)
    {
        var xs = Enumerable.Range(0, data.Categories.Count).Select(i => (double)i).ToArray();
        for (var s = 0; s < data.Series.Count; s++)
        {
            var colour = Color.FromHex(palette[s % palette.Count]);
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
