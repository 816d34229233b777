using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Data;

/// <summary>A figure dataset: checked rows plus everything needed to cite it honestly.</summary>
/// <param name="KeyColumn">The column whose values name the rows (unique).</param>
/// <param name="Totals">Declared totals per numeric column; checked against the rows.</param>
/// <param name="Fictief">True when the figures are illustrative; every rendering says so.</param>
/// <param name="Files">The dataset's files (relative to content/) with their SHA-256, for the release manifest.</param>
internal sealed record Dataset(
    string Id,
    string Titel,
    string Bron,
    DateOnly Peildatum,
    string Versie,
    string Eenheid,
    bool Fictief,
    string KeyColumn,
    IReadOnlyList<DatasetColumn> Columns,
    IReadOnlyList<DatasetRow> Rows,
    IReadOnlyDictionary<string, decimal> Totals,
    IReadOnlyList<string> Bronnen,
    IReadOnlyList<(string Path, string Sha256)> Files,
    SourcePosition DefinedAt)
{
    /// <summary>The word used in citations for a declared total: <c>:cijfer[id/totaal/kolom]</c>.</summary>
    public const string TotalRowKey = "totaal";

    public DatasetColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public DatasetRow? Row(string key) => Rows.FirstOrDefault(r => r.Key == key);

    public IEnumerable<DatasetColumn> NumericColumns => Columns.Where(c => c.IsNumeric);
}
