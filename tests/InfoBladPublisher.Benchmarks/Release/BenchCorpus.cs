using InfoBladPublisher.Release;
using InfoBladPublisher.StressCorpus;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>A generated corpus with its own copy of the templates, cache and releases, and the edits a rebuild is timed after.</summary>
internal sealed record BenchCorpus(string Root, Corpus Generated)
{
    public string Content => Path.Combine(Root, "content");

    public string Templates => Path.Combine(Root, "templates");

    public string Cache => Path.Combine(Root, "cache");

    public string Releases => Path.Combine(Root, "releases");

    public static BenchCorpus Write(string folder, string repositoryRoot, int seed, int documents, CorpusShape shape)
    {
        var generated = new CorpusGenerator(seed).Write(folder, documents, shape);
        CopyTree(Path.Combine(repositoryRoot, "templates"), Path.Combine(folder, "templates"));
        return new BenchCorpus(folder, generated);
    }

    /// <summary>Pages of the last release, from its manifest.</summary>
    public int Pages() => ReleaseManifest.Read(Path.Combine(Releases, "bench")).Documents.Sum(d => d.FileOf("pdf").Pages ?? 0);

    /// <summary>Appends a sentence to the document of median length.</summary>
    /// <returns>Its id.</returns>
    public string ChangeOneDocument()
    {
        var median = Generated.Documents.Select(d => (d.Id, Length: new FileInfo(TextOf(d.Id)).Length)).OrderBy(d => d.Length).ElementAt(Generated.Documents.Count / 2).Id;
        File.AppendAllText(TextOf(median), "\nEen zin die de benchmark toevoegt, om één document te wijzigen.\n");
        return median;
    }

    /// <summary>A comment at the end of the informatieblad's print stylesheet.</summary>
    /// <returns>How many documents use it.</returns>
    public int ChangeSharedStylesheet()
    {
        File.AppendAllText(Path.Combine(Templates, "print", "informatieblad.typ"), "\n// een wijziging van de benchmark\n");
        return Generated.Documents.Count(d => d.Type == "informatieblad");
    }

    /// <summary>One more application in one year of the second series (the first when there is one).</summary>
    /// <returns>How many documents use that dataset.</returns>
    public int ChangeOneDataset()
    {
        var id = Directory.Exists(Path.Combine(Content, "datasets", CorpusShape.DatasetId(1))) ? CorpusShape.DatasetId(1) : CorpusShape.DatasetId(0);
        var csv = Path.Combine(Content, "datasets", id, "data.csv");
        var lines = File.ReadAllLines(csv);
        var cells = lines[1].Split(',');
        cells[1] = (int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        lines[1] = string.Join(',', cells);
        File.WriteAllText(csv, string.Join('\n', lines) + "\n");
        return Generated.Documents.Count(d => File.ReadAllText(Path.Combine(Content, "documenten", d.Id, "document.yml")).Contains($"  {id}: ", StringComparison.Ordinal));
    }

    private string TextOf(string id) => Path.Combine(Content, "documenten", id, "tekst.md");

    /// <summary>Every file under <paramref name="from"/> to the same place under <paramref name="to"/>: the benchmarks' one tree copy.</summary>
    internal static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
