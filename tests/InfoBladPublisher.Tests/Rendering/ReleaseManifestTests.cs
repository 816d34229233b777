using System.Security.Cryptography;
using System.Text.Json;

namespace InfoBladPublisher.Tests.Rendering;

[Collection(PublishedSeedsGroup.Name)]
public sealed class ReleaseManifestTests
{
    private readonly PublishedSeeds _seeds;

    public ReleaseManifestTests(PublishedSeeds seeds) => _seeds = seeds;

    [Fact]
    public void The_manifest_Should_match_every_file_by_hash_and_page_count()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_seeds.ReleasePath, "manifest.json")));
        var documents = manifest.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(PublishedSeeds.DocumentCount, documents.Count);
        foreach (var doc in documents)
        {
            foreach (var file in doc.GetProperty("files").EnumerateArray())
            {
                var bytes = File.ReadAllBytes(Path.Combine(_seeds.ReleasePath, file.GetProperty("path").GetString()!));
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
                if (file.GetProperty("format").GetString() == "pdf")
                {
                    using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
                    Assert.Equal(pdf.NumberOfPages, file.GetProperty("pages").GetInt32());
                }
            }
        }

        var nota = documents.Single(d => d.GetProperty("id").GetString() == PublishedSeeds.NotaId);
        Assert.Equal(("nota", "2024-06-07", "5277899"), (nota.GetProperty("type").GetString(), nota.GetProperty("datum").GetString(), nota.GetProperty("kenmerk").GetString()));
    }
}
