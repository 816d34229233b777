using System.Globalization;
using System.Text;

namespace InfoBladPublisher.StressCorpus;

/// <summary>One small yearly series, for charts and dataset tables in the generated documents.</summary>
internal static class Datasets
{
    public const string SeriesYaml = """
        titel: Aanvragen per jaar (gegenereerd)
        bron: InfoBladPublisher, gegenereerde reeks voor de layouttest
        peildatum: 2025-01-01
        versie: "1"
        eenheid: aanvragen
        fictief: ja
        sleutel: jaar
        kolommen:
          - naam: jaar
            titel: Jaar
            type: tekst
            definitie: Kalenderjaar.
          - naam: ingediend
            titel: Ingediend
            type: geheel
            definitie: Ingediende aanvragen.
          - naam: ingewilligd
            titel: Ingewilligd
            type: geheel
            definitie: Ingewilligde aanvragen.
        """;

    public static string SeriesCsv(Random random)
    {
        var csv = new StringBuilder("jaar,ingediend,ingewilligd\n");
        for (var year = 2016; year <= 2024; year++)
        {
            var submitted = 200 + random.Next(800);
            csv.Append(CultureInfo.InvariantCulture, $"{year},{submitted},{submitted * (40 + random.Next(50)) / 100}\n");
        }

        return csv.ToString();
    }
}
