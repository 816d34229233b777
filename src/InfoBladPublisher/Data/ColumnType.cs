namespace InfoBladPublisher.Data;

/// <summary>What a dataset column holds. Numbers are written in the source with a point (12.5); they print the Dutch way (12,5).</summary>
internal enum ColumnType
{
    Tekst,
    Geheel,
    Decimaal,
    Percentage,
}

internal static class ColumnTypeNames
{
    public static readonly IReadOnlyList<string> All = ["tekst", "geheel", "decimaal", "percentage"];

    public static ColumnType Parse(string name) => name switch
    {
        "geheel" => ColumnType.Geheel,
        "decimaal" => ColumnType.Decimaal,
        "percentage" => ColumnType.Percentage,
        _ => ColumnType.Tekst,
    };
}
