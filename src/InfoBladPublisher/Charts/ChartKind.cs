namespace InfoBladPublisher.Charts;

public enum ChartKind
{
    /// <summary>Bars per category; several series side by side.</summary>
    Staaf,

    /// <summary>Bars per category with the series stacked.</summary>
    Gestapeld,

    /// <summary>A line per series, with a marker on every data point.</summary>
    Lijn,
}
