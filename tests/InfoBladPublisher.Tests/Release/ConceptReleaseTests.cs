using System.Text.Json;
using ImageMagick;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>
/// The seeds with the bijlage turned back into a concept and the nota approved. A release refuses the concept
/// at its status line; made with concepts allowed, the concept carries CONCEPT on every PDF page (measured in
/// the rendered pixels, so a template or the engine dropping it fails) and a banner on its web page, and the
/// manifest and the index say what is a concept and who approved what.
/// </summary>
public sealed class ConceptReleaseTests : IAsyncLifetime, IDisposable
{
    private const string Bijlage = "2024-06-19-bijlage-processchets-nareis";
    private const string Nota = "2024-06-07-nota-informatieverzoek-veldkamp";

    private readonly TempTree _tree = new();
    private PublishResult _refused = null!;
    private PublishResult _allowed = null!;

    public async Task InitializeAsync()
    {
        _tree.CopyFrom(RepoPaths.Content, "content");
        Edit($"content/documenten/{Bijlage}/document.yml", y => y.Replace("status: definitief", "status: concept", StringComparison.Ordinal));
        Edit($"content/documenten/{Nota}/document.yml", y => y + "\ngeaccordeerd_door: DG Migratie\ngeaccordeerd_op: 2024-06-06\n");
        var options = new PublishOptions(_tree.PathOf("content"), RepoPaths.Templates, RepoPaths.NodeModules, _tree.PathOf("releases"), "c1")
        {
            CacheFolder = _tree.PathOf("cache"),
        };
        _refused = await new PublishPipeline().RunAsync(options, TextWriter.Null);
        _allowed = await new PublishPipeline().RunAsync(options with { Concepts = true }, TextWriter.Null);
    }

    [Fact]
    public void A_release_Should_refuse_the_concept_at_its_status_line_and_write_nothing()
    {
        Assert.Null(_refused.ReleasePath);
        var d = Assert.Single(_refused.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ConceptInRelease, d.Code);
        Assert.EndsWith($"{Bijlage}/document.yml", d.Position.File, StringComparison.Ordinal);
        var statusLine = Array.FindIndex(File.ReadAllLines(_tree.PathOf($"content/documenten/{Bijlage}/document.yml")), l => l.StartsWith("status:", StringComparison.Ordinal)) + 1;
        Assert.Equal(statusLine, d.Position.Line);
        Assert.Contains("--concepts", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_of_the_concept_Should_carry_the_watermark_and_no_page_of_a_definitief_document()
    {
        Assert.NotNull(_allowed.ReleasePath);
        var concept = TintedPixelsPerPage(Path.Combine(_allowed.ReleasePath!, Bijlage + ".pdf"));
        var definitief = TintedPixelsPerPage(Path.Combine(_allowed.ReleasePath!, Nota + ".pdf"));

        Assert.True(concept.Count >= 3, $"the bijlage has {concept.Count} pages");
        Assert.All(concept, n => Assert.True(n > 1500, $"a concept page has only {n} watermark-tinted pixels: [{string.Join(", ", concept)}]"));
        Assert.All(definitief, n => Assert.True(n < 100, $"a definitief page has {n} watermark-tinted pixels: [{string.Join(", ", definitief)}]"));
    }

    [Fact]
    public void The_web_page_of_the_concept_alone_Should_open_with_the_banner()
    {
        var concept = File.ReadAllText(Path.Combine(_allowed.ReleasePath!, Bijlage + ".html"));
        var definitief = File.ReadAllText(Path.Combine(_allowed.ReleasePath!, Nota + ".html"));
        Assert.Matches("<body[^>]*>\\s*<section class=\"concept-banier\" aria-label=\"Documentstatus\"><p>CONCEPT", concept);
        Assert.DoesNotContain("concept-banier", definitief, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_and_the_index_Should_record_status_and_approval()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_allowed.ReleasePath!, "manifest.json")));
        var docs = manifest.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Equal("concept", docs[Bijlage].GetProperty("status").GetString());
        Assert.Equal("definitief", docs[Nota].GetProperty("status").GetString());
        Assert.Equal("DG Migratie", docs[Nota].GetProperty("geaccordeerd").GetProperty("door").GetString());
        Assert.Equal("2024-06-06", docs[Nota].GetProperty("geaccordeerd").GetProperty("datum").GetString());
        Assert.Equal(JsonValueKind.Null, docs[Bijlage].GetProperty("geaccordeerd").ValueKind);
        Assert.Equal(1, manifest.RootElement.GetProperty("concepten").GetInt32());

        var index = File.ReadAllText(Path.Combine(_allowed.ReleasePath!, "index.html"));
        Assert.Contains("Deze release bevat een concept", index, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(index, "kopblok__concept\">concept<"));
    }

    [Fact]
    public async Task The_banners_Should_have_no_axe_violation()
    {
        var found = await Axe.ViolationsInAsync(new[] { Bijlage + ".html", "index.html" }.Select(p => Path.Combine(_allowed.ReleasePath!, p)));

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>Per page at 30 dpi: pixels of the watermark's pale red (#d52b1e at 13 % over white, about 249/227/226).</summary>
    private List<int> TintedPixelsPerPage(string pdf)
    {
        var prefix = _tree.PathOf("png/" + Path.GetFileNameWithoutExtension(pdf));
        Directory.CreateDirectory(Path.GetDirectoryName(prefix)!);
        Tool.Run("pdftoppm", "-r", "30", "-png", pdf, prefix);
        var counts = new List<int>();
        foreach (var png in Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal))
        {
            using var image = new MagickImage(png);
            using var pixels = image.GetPixels();
            var data = pixels.ToByteArray(PixelMapping.RGB)!;
            var tinted = 0;
            for (var i = 0; i + 2 < data.Length; i += 3)
            {
                int r = data[i], g = data[i + 1], b = data[i + 2];
                if (r >= 240 && g is >= 212 and <= 238 && b is >= 210 and <= 238 && r - g >= 12)
                {
                    tinted++;
                }
            }

            counts.Add(tinted);
        }

        return counts;
    }

    private void Edit(string relative, Func<string, string> change) =>
        File.WriteAllText(_tree.PathOf(relative), change(File.ReadAllText(_tree.PathOf(relative))));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _tree.Dispose();
}
