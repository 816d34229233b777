using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Release;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>A release held against its manifest finds one changed byte, a missing file and an extra one, each by name.</summary>
public sealed class ReleaseCheckTests
{
    [Fact]
    public async Task A_release_Should_check_whole_and_every_change_Should_be_named()
    {
        using var tree = new ContentTree();
        var release = await PublishAsync(tree);
        Assert.Empty(ReleaseCheck.Problems(release));

        var index = Path.Combine(release, "index.html");
        var bytes = File.ReadAllBytes(index);
        bytes[^10] ^= 1;
        File.WriteAllBytes(index, bytes);
        File.Delete(Path.Combine(release, "nota.html"));
        File.WriteAllText(Path.Combine(release, "extra.txt"), "erbij");

        var problems = ReleaseCheck.Problems(release);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.En.StartsWith("index.html: changed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.En == "nota.html: missing");
        Assert.Contains(problems, p => p.En == "extra.txt: not in the manifest");
    }

    [Fact]
    public async Task The_site_and_its_search_index_Should_be_held_to_the_manifest()
    {
        using var tree = new ContentTree();
        var release = await PublishAsync(tree);
        var site = ReleaseManifest.Read(release).Site!;
        Assert.Contains(site, f => f.Path == "documenten/nota.html" && f.Format == "html");
        Assert.Contains(site, f => f.Path == "zoeken.html");
        Assert.Contains(site, f => f.Path == "pagefind/pagefind-entry.json" && f.Format == "pagefind");
        Assert.Empty(ReleaseCheck.Problems(release));

        var fragment = Directory.GetFiles(Path.Combine(release, "pagefind", "fragment")).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(fragment);
        bytes[^1] ^= 1;
        File.WriteAllBytes(fragment, bytes);
        File.Delete(Path.Combine(release, "overzicht", "type-nota.html"));
        File.WriteAllText(Path.Combine(release, "pagefind", "extra.pf_index"), "erbij");

        var problems = ReleaseCheck.Problems(release);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.En.StartsWith("pagefind/fragment/" + Path.GetFileName(fragment) + ": changed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.En == "overzicht/type-nota.html: missing");
        Assert.Contains(problems, p => p.En == "pagefind/extra.pf_index: not in the manifest");
    }

    /// <returns>The release folder of the tree's content, published.</returns>
    private static async Task<string> PublishAsync(ContentTree tree)
    {
        var options = new PublishOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "v");
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.ReleasePath!;
    }
}
