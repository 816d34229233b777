using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Parser;
using InfoBladPublisher.Tests.Support;
using UglyToad.PdfPig;
using YamlDotNet.RepresentationModel;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>The informatieblad checked against its dataset files, read here independently of the product's loader.</summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed class InformatiebladTests
{
    private static readonly string[] TableTypes = ["tekst", "geheel"];

    private static readonly string[] TabulatedDatasets = ["gestapelde-gezinshereniging", "nareis-op-nareis-aanvragen", "gestapeld-per-jaar-fictief"];

    private readonly PublishedSeeds _seeds;

    public InformatiebladTests(PublishedSeeds seeds) => _seeds = seeds;

    /// <summary>Rows of a dataset as plain strings, from data.csv or the YAML 'rijen', in column order.</summary>
    private static List<string[]> SourceRows(string id)
    {
        var folder = Path.Combine(RepoPaths.Content, "datasets", id);
        var csv = Path.Combine(folder, "data.csv");
        if (File.Exists(csv))
        {
            return File.ReadAllLines(csv).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        }

        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(folder, "dataset.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var rows = (YamlSequenceNode)root.Children[new YamlScalarNode("rijen")];
        return rows.Children.Cast<YamlMappingNode>().Select(r => r.Children.Values.Select(v => v.ToString()).ToArray()).ToList();
    }

    /// <summary>The declared type of each column, in order, from dataset.yml.</summary>
    private static List<string> ColumnTypes(string id)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Content, "datasets", id, "dataset.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlSequenceNode)root.Children[new YamlScalarNode("kolommen")]).Children
            .Cast<YamlMappingNode>().Select(c => c.Children[new YamlScalarNode("type")].ToString()).ToList();
    }

    /// <summary>Whole numbers print with a point per thousand (1.234); text prints as written.</summary>
    private static string Dutch(string value, string type) =>
        type == "geheel" ? long.Parse(value, CultureInfo.InvariantCulture).ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = "." }) : value;

    [Fact]
    public void Every_table_value_in_the_pdf_Should_equal_the_dataset()
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(PublishedSeeds.InformatiebladId));
        var text = string.Concat(pdf.GetPages().Select(PdfText.All));
        foreach (var dataset in TabulatedDatasets)
        {
            var types = ColumnTypes(dataset);
            Assert.All(types, t => Assert.Contains(t, TableTypes)); // the only types these tables use
            foreach (var row in SourceRows(dataset))
            {
                var printed = PdfText.Squash(string.Concat(row.Select((value, i) => Dutch(value, types[i]))));
                Assert.Contains(printed, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_chart_Should_have_one_labelled_mark_per_data_point()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(_seeds.HtmlPath(PublishedSeeds.InformatiebladId)));
        var charts = page.QuerySelectorAll("figure.grafiek").ToList();
        Assert.Equal(3, charts.Count);

        // Figure 1: 2 forms × 1 series; figures 2 and 3: 4 years × 2 series.
        var expected = new[] { SourceRows("gestapelde-gezinshereniging").Count * 1, SourceRows("gestapeld-per-jaar-fictief").Count * 2, SourceRows("gestapeld-per-jaar-fictief").Count * 2 };
        Assert.Equal(expected, charts.Select(c => c.QuerySelectorAll(".grafiek__punt").Length));
        Assert.All(charts.SelectMany(c => c.QuerySelectorAll(".grafiek__punt")), m => Assert.Matches(@"^.+, .+: [\d.,]+ aanvragen$", m.GetAttribute("aria-label")!));
    }

    [Fact]
    public void Fictitious_figures_Should_be_labelled_in_the_pdf()
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(PublishedSeeds.InformatiebladId));
        var text = string.Concat(pdf.GetPages().Select(PdfText.All));
        Assert.True(System.Text.RegularExpressions.Regex.Count(text, @"\(fictiefvoorbeeld\)") >= 3, "each fictitious table and chart must say so in its caption");
    }

    [Fact]
    public void The_manifest_Should_record_each_dataset_version_and_hash()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_seeds.ReleasePath, "manifest.json")));
        var doc = manifest.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == PublishedSeeds.InformatiebladId);
        var datasets = doc.GetProperty("datasets").EnumerateArray().ToList();
        Assert.Equal(5, datasets.Count);
        foreach (var dataset in datasets)
        {
            foreach (var file in dataset.GetProperty("files").EnumerateArray())
            {
                var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Content, file.GetProperty("path").GetString()!));
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
            }
        }

        Assert.True(datasets.Single(d => d.GetProperty("id").GetString() == "gestapeld-per-jaar-fictief").GetProperty("fictief").GetBoolean());
    }

    [Fact]
    public void The_nota_note_Should_link_to_the_informatieblad_in_the_release()
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(PublishedSeeds.NotaId));
        var uris = pdf.GetPages().SelectMany(p => p.GetHyperlinks()).Select(h => h.Uri).ToList();
        var link = Assert.Single(uris, u => u.EndsWith(PublishedSeeds.InformatiebladId + ".pdf", StringComparison.Ordinal));
        Assert.StartsWith("./", link, StringComparison.Ordinal);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(_seeds.HtmlPath(PublishedSeeds.NotaId)));
        Assert.NotNull(page.QuerySelector($"section[role=doc-endnotes] li a[href='{PublishedSeeds.InformatiebladId}.html']"));
        Assert.True(File.Exists(Path.Combine(_seeds.ReleasePath, PublishedSeeds.InformatiebladId + ".pdf")));
    }
}
