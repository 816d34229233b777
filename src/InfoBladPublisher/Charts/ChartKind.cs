using ScottPlot;

namespace InfoBladPublisher.Charts;

/// <summary>
/// A chart kind, whole in one place: the name editors write (<c>soort=…</c>), how it draws, how it describes
/// itself to a screen reader, and whether a zero value leaves a mark to label. Adding a kind is one entry in <see cref="All"/>.
/// </summary>
/// <param name="DrawsZeroValues">Lines mark every point; a bar of height zero is not drawn at all.</param>
internal sealed record ChartKind(string Name, string Description, bool DrawsZeroValues, Action<Plot, ChartData, IReadOnlyList<string>> Draw)
{
    /// <summary>Bars per category; several series side by side.</summary>
    public static readonly ChartKind Staaf = new("staaf", "Staafdiagram", false, (plot, data, palette) => ChartDrawing.Bars(plot, data, palette, stacked: false));

    /// <summary>Bars per category with the series stacked.</summary>
    public static readonly ChartKind Gestapeld = new("gestapeld", "Gestapeld staafdiagram", false, (plot, data, palette) => ChartDrawing.Bars(plot, data, palette, stacked: true));

    /// <summary>A line per series, with a marker on every data point.</summary>
    public static readonly ChartKind Lijn = new("lijn", "Lijngrafiek", true, ChartDrawing.Lines);

    /// <summary>Every kind; the first is what <c>::grafiek</c> draws without <c>soort=</c>.</summary>
    public static IReadOnlyList<ChartKind> All { get; } = [Staaf, Gestapeld, Lijn];

    public static ChartKind? Named(string name) => All.FirstOrDefault(k => k.Name == name);
}
