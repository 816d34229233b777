using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Data;

/// <summary>The small content tree plus one dataset (CSV) that the nota cites, tabulates and charts.</summary>
internal static class DatasetTree
{
    public const string Meta = """
        titel: Proefcijfers
        bron: Proefbron
        peildatum: 2024-01-31
        versie: "1"
        eenheid: aanvragen
        sleutel: jaar
        kolommen:
          - naam: jaar
            type: tekst
            definitie: Jaar.
          - naam: aantal
            type: geheel
            definitie: Aantal.
          - naam: aandeel
            type: percentage
            definitie: Aandeel.
        totaal:
          aantal: 1300
        """;

    public const string Csv = "jaar,aantal,aandeel\n2022,1234,12.5\n2023,66,0.5\n";

    public const string Body = """
        # Cijfers

        In 2022 waren het :cijfer[proef/2022/aantal] aanvragen, :cijfer[proef/2022/aandeel] van het totaal van :cijfer[proef/totaal/aantal].

        ::tabel[proef]

        ::grafiek[proef]{kolommen=aantal}
        """;

    public static ContentTree Create(string? meta = null, string? csv = null, string? body = null, string declared = "\"1\"")
    {
        var tree = new ContentTree();
        tree.Write("content/datasets/proef/dataset.yml", meta ?? Meta);
        tree.Write("content/datasets/proef/data.csv", csv ?? Csv);
        tree.Nota(ContentTree.NotaYaml.Replace("voetnoten:\n  bron: <https://example.org/bron>", $"datasets:\n  proef: {declared}", StringComparison.Ordinal), body ?? Body);
        return tree;
    }
}
