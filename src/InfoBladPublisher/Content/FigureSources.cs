using InfoBladPublisher.Charts;
using InfoBladPublisher.Data;

namespace InfoBladPublisher.Content;

/// <summary>The datasets every document may cite, and the engine that draws their charts.</summary>
/// <param name="DocumentIds">Every document folder, known before any is loaded, for <c>doc:</c> links.</param>
/// <param name="BrokenDatasets">Dataset folders that failed their own checks.</param>
internal sealed record FigureSources(IReadOnlyDictionary<string, Dataset> Datasets, IReadOnlySet<string> BrokenDatasets, IReadOnlySet<string> DocumentIds, ChartEngine? Charts);
