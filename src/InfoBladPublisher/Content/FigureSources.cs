using InfoBladPublisher.Charts;
using InfoBladPublisher.Data;

namespace InfoBladPublisher.Content;

/// <summary>The datasets every document may cite, and the engine that draws their charts.</summary>
/// <param name="DocumentIds">Every document folder, known before any is loaded, for <c>doc:</c> links.</param>
internal sealed record FigureSources(IReadOnlyDictionary<string, Dataset> Datasets, IReadOnlySet<string> DocumentIds, ChartEngine? Charts);
