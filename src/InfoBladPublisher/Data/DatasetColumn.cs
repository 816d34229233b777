namespace InfoBladPublisher.Data;

/// <param name="Name">The name used in citations and in the CSV header.</param>
/// <param name="Titel">The column heading in tables and chart legends.</param>
internal sealed record DatasetColumn(string Name, string Titel, ColumnType Type, string Definitie)
{
    public bool IsNumeric => Type != ColumnType.Tekst;
}
