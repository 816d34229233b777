namespace InfoBladPublisher.Charts;

/// <summary>What a chart shows: categories along the bottom, one or more named series of values.</summary>
internal sealed record ChartData(string Id, string Title, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);

/// <param name="Labels">How each value prints in the text alternative (Dutch formatting).</param>
internal sealed record ChartSeries(string Name, IReadOnlyList<double> Values, IReadOnlyList<string> Labels);
