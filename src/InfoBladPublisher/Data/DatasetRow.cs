using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Data;

public sealed record DatasetRow(string Key, IReadOnlyDictionary<string, DatasetCell> Cells, SourcePosition Position);
