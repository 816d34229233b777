namespace InfoBladPublisher.Markdown.Figures;

/// <summary>The directive names editors type. One place for the parsers, the docs and the error messages.</summary>
internal static class FigureSyntax
{
    public const string Cijfer = ":cijfer[";
    public const string Tabel = "tabel";
    public const string Grafiek = "grafiek";
    public const string Soort = "soort";
    public const string Kolommen = "kolommen";
}
