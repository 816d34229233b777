using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>
/// The seeds' public release, with the bijlage's withheld contactpersoon, built a second time in another
/// browser: every file byte for byte the same (the site and its Pagefind index too), and the same files. An archive can rebuild it and compare.
/// </summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed class ReproducibleSeedsTests : IDisposable
{
    private readonly PublishedSeeds _seeds;
    private readonly TempTree _tree = new();

    public ReproducibleSeedsTests(PublishedSeeds seeds) => _seeds = seeds;

    [Fact]
    public async Task A_second_build_of_the_seeds_Should_be_byte_identical()
    {
        var options = new PublishOptions(RepoPaths.Content, RepoPaths.Templates, RepoPaths.NodeModules, _tree.PathOf("releases"), "test") { BaseUrl = PublishedSeeds.BaseUrl };
        var second = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        var names = Files(_seeds.ReleasePath);
        Assert.Equal(names, Files(second.ReleasePath!));
        Assert.Contains("sitemaps/index.xml", names);
        Assert.Contains("pagefind/pagefind-entry.json", names); // the search index too: a second publish of a version is compared with the first (IBP058)
        Assert.Contains(names, n => n.EndsWith(".pf_fragment", StringComparison.Ordinal));
        Assert.Contains(PublishedSeeds.BijlageId + ".gelakt.json", names);
        Assert.Contains("\"grond\": \"5.1.2e\"", File.ReadAllText(Path.Combine(_seeds.ReleasePath, PublishedSeeds.BijlageId + ".gelakt.json")), StringComparison.Ordinal);
        foreach (var name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_seeds.ReleasePath, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.ReleasePath!, name!))), $"{name} differs between two builds");
        }
    }

    private static List<string> Files(string release) =>
        Directory.GetFiles(release, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(release, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => _tree.Dispose();
}
