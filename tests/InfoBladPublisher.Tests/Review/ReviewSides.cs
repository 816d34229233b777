using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Review;

/// <summary>
/// A small repository twice, as a review sees it: base/ and head/, each with content/ and a copy of the real
/// templates. Five documents: three notas of one sender (two use the dataset 'cijfers'), one nota of another
/// sender, and a bijlage. A test changes the head and asks what the review must render.
/// </summary>
internal sealed class ReviewSides : IDisposable
{
    public const string Dataset = "content/datasets/cijfers";

    public static readonly string[] Notas = ["nota-a", "nota-b", "nota-c", "nota-d"];

    private readonly TempTree _tree = new();

    public ReviewSides()
    {
        foreach (var side in new[] { "base", "head" })
        {
            _tree.CopyFrom(RepoPaths.Templates, $"{side}/templates");
            _tree.Write($"{side}/content/organisaties/proef.yml", ContentTree.Organisation);
            _tree.Write($"{side}/content/organisaties/ander.yml", ContentTree.Organisation.Replace("Voorbeeldzaken", "Andere Zaken", StringComparison.Ordinal));
            _tree.Write($"{side}/{Dataset}/dataset.yml", DatasetYaml("1"));
            _tree.Write($"{side}/{Dataset}/data.csv", "jaar,aantal\n2022,10\n2023,12\n");
            Nota(side, "nota-a", "proef", "cijfers");
            Nota(side, "nota-b", "proef", "cijfers");
            Nota(side, "nota-c", "proef", null);
            Nota(side, "nota-d", "ander", null);
            _tree.Write($"{side}/content/documenten/bijlage-e/document.yml", """
                type: bijlage
                titel: Een proefbijlage
                datum: 2024-06-19
                kenmerk: "5"
                afzender: proef
                status: definitief
                bijlage_nummer: 1
                horend_bij: De proefnota
                """);
            _tree.Write($"{side}/content/documenten/bijlage-e/tekst.md", "# Schets\n\nEen bijlage met een zin.\n");
        }
    }

    public string Base => _tree.PathOf("base");

    public string Head => _tree.PathOf("head");

    public string PathOf(string relative) => _tree.PathOf(relative);

    public static string DatasetYaml(string versie) => ContentTree.DatasetYaml(versie);

    /// <summary>Changes a file of the head (relative to head/).</summary>
    public ReviewSides Change(string relative, Func<string, string> edit)
    {
        var path = Path.Combine(Head, relative);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return this;
    }

    public ReviewSides WriteHead(string relative, string text)
    {
        _tree.Write("head/" + relative, text);
        return this;
    }

    public void Dispose() => _tree.Dispose();

    private void Nota(string side, string id, string afzender, string? dataset)
    {
        var datasets = dataset is null ? string.Empty : $"datasets:\n  {dataset}: \"1\"\n";
        _tree.Write($"{side}/content/documenten/{id}/document.yml",
            ContentTree.NotaYamlWithoutNotes.Replace("afzender: proef", "afzender: " + afzender, StringComparison.Ordinal)
                .Replace("Een proefnota", "Proefnota " + id, StringComparison.Ordinal) + datasets);
        var table = dataset is null ? string.Empty : $"\n::tabel[{dataset}]\n";
        _tree.Write($"{side}/content/documenten/{id}/tekst.md", $"# Aanleiding\n\nDe tekst van {id}.\n{table}\n# Besluit\n\nEen besluit.\n");
    }
}
