using System.Text.Json;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Templates;

/// <summary>
/// The house style as the build uses it, read from tokens.css alone: the tables the print layouts read as
/// <see cref="PrintFile"/> (built into Typst values by templates/print/tokens.typ) and the values C# needs as
/// well, so that the web page, the PDF, the woordmerk's line breaks and the layout gate take the same value.
/// </summary>
internal sealed class HouseTokens
{
    /// <summary>Where the print layouts find the tokens in the Typst root, beside /document.json.</summary>
    public const string PrintFile = "/huisstijl.json";

    public const string PageNumberToken = "paginanummer";
    public const string WoordmerkWidthToken = "woordmerk-breedte";
    public const string WoordmerkSizeToken = "corps-woordmerk";

    /// <summary>The page number's wording holds these: the page, and the page count.</summary>
    public static readonly IReadOnlyList<string> PageNumberHoles = ["{n}", "{m}"];

    private enum Kind { Colour, Length, Count, Text }

    // Per table of tokens.typ: the name the layouts use, and the token (without --ib-) it comes from.
    private static readonly (string Table, string Name, string Token, Kind Kind)[] Print =
    [
        ("kleur", "lintblauw", "lintblauw", Kind.Colour),
        ("kleur", "tekst", "tekstkleur", Kind.Colour),
        ("kleur", "zacht", "tekstkleur-zacht", Kind.Colour),
        ("kleur", "lijn", "lijnkleur", Kind.Colour),
        ("kleur", "concept", "concept", Kind.Colour),
        ("kleur", "concept-licht", "concept-licht", Kind.Colour),
        ("kleur", "intern", "intern", Kind.Colour),
        ("kleur", "markering", "intern-markering", Kind.Colour),
        ("kleur", "markering-tekst", "intern-markering-tekst", Kind.Colour),
        ("maat", "marge-links", "marge-links", Kind.Length),
        ("maat", "tekstkolom", "tekstkolom", Kind.Length),
        ("maat", "tussenruimte", "kolom-tussenruimte", Kind.Length),
        ("maat", "colofonkolom", "colofonkolom", Kind.Length),
        ("maat", "boven", "marge-boven", Kind.Length),
        ("maat", "onder", "marge-onder", Kind.Length),
        ("maat", "kop-eerste", "kop-eerste-pagina", Kind.Length),
        ("maat", "lint-breedte", "lint-breedte", Kind.Length),
        ("maat", "lint-hoogte", "lint-hoogte", Kind.Length),
        ("maat", "lint-links", "lint-links", Kind.Length),
        ("maat", "woordmerk-afstand", "woordmerk-afstand", Kind.Length),
        ("maat", "woordmerk-boven", "woordmerk-boven", Kind.Length),
        ("maat", "woordmerk-breedte", WoordmerkWidthToken, Kind.Length),
        ("maat", "pub-marge", "pub-marge", Kind.Length),
        ("tabel", "tussenruimte", "tabel-tussenruimte", Kind.Length),
        ("tabel", "data-tussenruimte", "datatabel-tussenruimte", Kind.Length),
        ("maat", "pub-boven", "pub-boven", Kind.Length),
        ("corps", "tekst", "corps-tekst", Kind.Length),
        ("corps", "regel", "regel-tekst", Kind.Length),
        ("corps", "klein", "corps-klein", Kind.Length),
        ("corps", "regel-klein", "regel-klein", Kind.Length),
        ("corps", "voetnoot", "corps-voetnoot", Kind.Length),
        ("corps", "regel-voetnoot", "regel-voetnoot", Kind.Length),
        ("corps", "typewoord", "corps-typewoord", Kind.Length),
        ("corps", "titel", "corps-titel", Kind.Length),
        ("corps", "regel-titel", "regel-titel", Kind.Length),
        ("corps", "woordmerk", WoordmerkSizeToken, Kind.Length),
        ("corps", "regel-woordmerk", "regel-woordmerk", Kind.Length),
        ("corps", "pub", "pub-corps", Kind.Length),
        ("corps", "regel-pub", "pub-regel", Kind.Length),
        ("corps", "pub-kop", "pub-corps-kop", Kind.Length),
        ("corps", "publicatietitel", "corps-publicatietitel", Kind.Length),
        ("corps", "regel-publicatietitel", "regel-publicatietitel", Kind.Length),
        ("aantal", "tabel-heel", "tabel-rijen-heel", Kind.Count),
        ("tekst", "paginanummer", PageNumberToken, Kind.Text),
    ];

    private HouseTokens(byte[] printJson, double woordmerkWidthPt, double woordmerkSizePt, string pageNumber)
    {
        PrintJson = printJson;
        WoordmerkWidthPt = woordmerkWidthPt;
        WoordmerkSizePt = woordmerkSizePt;
        PageNumber = pageNumber;
    }

    /// <summary>The bytes of <see cref="PrintFile"/>: colours as #rrggbb, lengths as points, counts, texts.</summary>
    public byte[] PrintJson { get; }

    public double WoordmerkWidthPt { get; }

    public double WoordmerkSizePt { get; }

    /// <summary>The text column's width, the body's size and the title's size, for measuring words before any layout.</summary>
    public double ColumnPt { get; private init; }

    public double BodyPt { get; private init; }

    public double TitlePt { get; private init; }

    /// <summary>The room between a table's columns.</summary>
    public double TableGutterPt { get; private init; }

    public double DataTableGutterPt { get; private init; }

    /// <summary>A table of at most this many body rows never breaks over pages.</summary>
    public int WholeTableRows { get; private init; }

    /// <summary>"Pagina {n} van {m}": {n} the page, {m} the page count.</summary>
    public string PageNumber { get; }

    /// <returns>Null when a token the house style needs is missing or unreadable (each one reported).</returns>
    public static HouseTokens? Read(StyleTokens tokens, DiagnosticBag diagnostics)
    {
        var ok = true;
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (table, name, token, kind) in Print)
        {
            object? value = kind switch
            {
                Kind.Colour => tokens.Colour(token, diagnostics),
                Kind.Length => tokens.LengthPt(token, diagnostics),
                Kind.Count => tokens.Count(token, diagnostics),
                _ => tokens.Text(token, token == PageNumberToken ? PageNumberHoles : [], diagnostics),
            };
            ok &= value is not null;
            values[table + "." + name] = value!;
        }

        return ok
            ? new HouseTokens(Json(values), (double)values["maat.woordmerk-breedte"], (double)values["corps.woordmerk"], (string)values["tekst.paginanummer"])
            {
                ColumnPt = (double)values["maat.tekstkolom"],
                BodyPt = (double)values["corps.tekst"],
                TitlePt = (double)values["corps.titel"],
                TableGutterPt = (double)values["tabel.tussenruimte"],
                DataTableGutterPt = (double)values["tabel.data-tussenruimte"],
                WholeTableRows = (int)values["aantal.tabel-heel"],
            }
            : null;
    }

    private static byte[] Json(Dictionary<string, object> values)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var table in Print.GroupBy(p => p.Table))
            {
                json.WriteStartObject(table.Key);
                foreach (var (_, name, _, _) in table)
                {
                    switch (values[table.Key + "." + name])
                    {
                        case double d: json.WriteNumber(name, d); break;
                        case int n: json.WriteNumber(name, n); break;
                        case var v: json.WriteString(name, (string)v); break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
