namespace InfoBladPublisher.Model;

public enum DocumentType
{
    Nota,
    Bijlage,
    Informatieblad,
}

internal static class DocumentTypeNames
{
    public static readonly IReadOnlyList<string> All = ["nota", "bijlage", "informatieblad"];

    public static DocumentType Parse(string name) => name switch
    {
        "nota" => DocumentType.Nota,
        "bijlage" => DocumentType.Bijlage,
        "informatieblad" => DocumentType.Informatieblad,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a document type"),
    };

    public static string Name(this DocumentType type) => type switch
    {
        DocumentType.Nota => "nota",
        DocumentType.Bijlage => "bijlage",
        DocumentType.Informatieblad => "informatieblad",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
