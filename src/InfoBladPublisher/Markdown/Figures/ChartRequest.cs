using InfoBladPublisher.Charts;
using InfoBladPublisher.Data;

namespace InfoBladPublisher.Markdown.Figures;

/// <summary>A checked <c>::grafiek</c>: its values, its kind and the columns it shows, ready to be drawn.</summary>
internal sealed record ChartRequest(ChartData Data, ChartKind Kind, IReadOnlyList<DatasetColumn> Columns);
