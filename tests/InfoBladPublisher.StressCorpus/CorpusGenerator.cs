using System.Globalization;
using System.Text;

namespace InfoBladPublisher.StressCorpus;

/// <summary>One generated document: what the checks need to know without reading it back.</summary>
public sealed record GeneratedDocument(string Id, string Type, string Afzender, int Notes, bool HasChart);

public sealed record Corpus(string ContentRoot, IReadOnlyList<GeneratedDocument> Documents);

/// <summary>What a corpus is made of: page range, whether informatiebladen are in the mix, and one long document.</summary>
/// <param name="LongDocumentPages">Pages of one extra nota at the end of the corpus; 0 for none.</param>
/// <param name="Datasets">How many series the documents share out between them (document i uses series i mod Datasets).</param>
public sealed record CorpusShape(int MinPages, int MaxPages, bool Informatiebladen, int LongDocumentPages, int Datasets = 1)
{
    /// <summary>The stress corpus of the layout gate: notas and bijlagen of 2 to 15 pages.</summary>
    public static CorpusShape Stress { get; } = new(2, 15, false, 0);

    /// <summary>The release benchmark's: notas, bijlagen and informatiebladen of 2 to 40 pages, four series.</summary>
    public static CorpusShape Benchmark { get; } = new(2, 40, true, 0, 4);

    /// <summary>
    /// The review benchmark's: the four types in turn (75 each of 300), 2 to 40 pages, and 100 series, so a
    /// series is used by at most three documents.
    /// </summary>
    public static CorpusShape Review { get; } = new(2, 40, true, 0, 100) { Kamerbrieven = true };

    /// <summary>Kamerbrieven in the mix, as the fourth type.</summary>
    public bool Kamerbrieven { get; init; }

    /// <summary>
    /// The shapes Typst's note placement and break rules stumble on, on purpose and often: notes in table cells and
    /// list items, several notes in one sentence, notes longer than half a page, and headings directly above a
    /// table, a list or a chart (issue 32).
    /// </summary>
    public bool LayoutTraps { get; init; }

    /// <summary>The stress corpus with the layout traps.</summary>
    public static CorpusShape Traps { get; } = Stress with { LayoutTraps = true };

    public static string DatasetId(int index) => index == 0 ? "stress-reeks" : $"stress-reeks-{index + 1}";
}

/// <summary>
/// Writes notas and bijlagen that nobody tuned the layout to: sections, subsections, lists, tables of 3 to 60 rows,
/// charts, 1- to 10-line notes (several calls in one line, calls wherever the text falls), and senders with long
/// names and no woordmerk. The same seed always gives the same corpus.
/// </summary>
public sealed class CorpusGenerator
{
    public const int DefaultSeed = 20261123;
    public const int DefaultDocuments = 24;

    private static readonly string[] Types3 = ["nota", "bijlage", "informatieblad"];

    private static readonly string[] Types4 = ["nota", "bijlage", "informatieblad", "kamerbrief"];

    private readonly Random _random;

    public CorpusGenerator(int seed) => _random = new Random(seed);

    public Corpus Write(string root, int documents) => Write(root, documents, CorpusShape.Stress);

    public Corpus Write(string root, int documents, CorpusShape shape)
    {
        var content = Path.Combine(root, "content");
        foreach (var (id, yaml) in Organisations.All)
        {
            WriteFile(content, $"organisaties/{id}.yml", yaml);
        }

        for (var d = 0; d < Math.Max(1, shape.Datasets); d++)
        {
            WriteFile(content, $"datasets/{CorpusShape.DatasetId(d)}/dataset.yml", Datasets.SeriesYaml);
            WriteFile(content, $"datasets/{CorpusShape.DatasetId(d)}/data.csv", Datasets.SeriesCsv(_random));
        }

        var written = new List<GeneratedDocument>();
        var total = documents + (shape.LongDocumentPages > 0 ? 1 : 0);
        for (var i = 0; i < total; i++)
        {
            var isLong = i == documents;
            var type = isLong ? "nota" : shape.Kamerbrieven ? Types4[i % 4] : shape.Informatiebladen ? Types3[i % 3] : i % 2 == 0 ? "nota" : "bijlage";
            var afzender = Organisations.All[i % Organisations.All.Count].Id;
            var id = string.Create(CultureInfo.InvariantCulture, $"2025-{1 + (i % 12):00}-{1 + (i % 28):00}-{type}-{(isLong ? "lang" : "stress")}-{i:00}");
            var pages = isLong ? shape.LongDocumentPages : shape.MinPages + _random.Next(shape.MaxPages - shape.MinPages + 1);
            var dataset = CorpusShape.DatasetId(i % Math.Max(1, shape.Datasets));
            var body = new BodyWriter(_random, pages, dataset) { Traps = shape.LayoutTraps };
            var text = body.Write();
            WriteFile(content, $"documenten/{id}/tekst.md", text);
            WriteFile(content, $"documenten/{id}/document.yml", Metadata(type, afzender, i, body, dataset));
            written.Add(new GeneratedDocument(id, type, afzender, body.NoteCount, body.ChartCount > 0));
        }

        return new Corpus(content, written);
    }

    private string Metadata(string type, string afzender, int index, BodyWriter body, string dataset)
    {
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"type: {type}\n");
        yaml.Append(CultureInfo.InvariantCulture, $"titel: \"{Words.Title(_random)}\"\n");
        yaml.Append(CultureInfo.InvariantCulture, $"datum: 2025-{1 + (index % 12):00}-{1 + (index % 28):00}\n");
        if (type != "informatieblad")
        {
            yaml.Append(CultureInfo.InvariantCulture, $"kenmerk: \"{4000000 + (index * 7919):0}\"\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"afzender: {afzender}\n");
        yaml.Append("status: definitief\n");
        if (type == "nota")
        {
            yaml.Append("aan: Minister\n");
        }
        else if (type == "kamerbrief")
        {
            yaml.Append("geadresseerde:\n  - Aan de Voorzitter van de Tweede Kamer\n  - der Staten-Generaal\n  - Postbus 20018\n  - 2500 EA Den Haag\n");
            yaml.Append("ondertekening:\n  - De Minister van Voorbeeldzaken,\n  - N.N.\n");
        }
        else if (type == "bijlage")
        {
            yaml.Append(CultureInfo.InvariantCulture, $"bijlage_nummer: {1 + (index % 4)}\n");
            yaml.Append("horend_bij: Beantwoording van schriftelijke vragen\n");
        }

        if (body.UsesDataset)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"datasets:\n  {dataset}: \"1\"\n");
        }

        return yaml.ToString();
    }

    private static void WriteFile(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }
}
