namespace InfoBladPublisher.Layout;

/// <summary>Where one body row of a table landed, as the engine reports it: the table by its place in tekst.md ("line:col"), the row's first page (1-based).</summary>
internal sealed record TableRowPlace(string TableSrc, int Page);
