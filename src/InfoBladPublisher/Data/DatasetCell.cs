using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Data;

/// <param name="Number">The value of a numeric cell; null for text.</param>
internal sealed record DatasetCell(string Text, decimal? Number, SourcePosition Position);
