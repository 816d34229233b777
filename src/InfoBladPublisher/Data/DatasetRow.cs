using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Data;

internal sealed record DatasetRow(string Key, IReadOnlyDictionary<string, DatasetCell> Cells, SourcePosition Position);
