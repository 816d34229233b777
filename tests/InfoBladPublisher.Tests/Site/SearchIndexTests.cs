using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Site;

/// <summary>Without Pagefind (npm ci not run, or only the print engine installed) the publish says so as IBP052, before it renders anything, and writes nothing.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public async Task A_publish_without_pagefind_Should_be_IBP052_naming_npm_ci()
    {
        using var tree = new ContentTree();
        var modules = WithoutPagefind(tree);

        var options = new PublishOptions(tree.ContentRoot, RepoPaths.Templates, modules, Path.Combine(tree.Root, "releases"), "v") { CacheFolder = Path.Combine(tree.Root, "cache") };
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.False(result.Succeeded);
        var missing = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.MissingTool, missing.Code);
        Assert.Contains("pagefind", missing.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci", missing.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(tree.Root, "releases", "v")));
    }

    [Fact]
    public void A_publish_without_pagefind_Should_stop_with_exit_code_2_before_rendering_and_a_shard_Should_not()
    {
        // Given a tree and node_modules without Pagefind, and the CLI run as an editor runs it (Dutch)
        using var tree = new ContentTree();
        var modules = WithoutPagefind(tree);
        var cache = Path.Combine(tree.Root, "cache");
        string[] publish = ["publish", "--content", tree.ContentRoot, "--node-modules", modules, "--output", Path.Combine(tree.Root, "releases"), "--cache", cache, "--release-version", "v", "--parallelism", "1"];

        // When it publishes
        var (exit, output, error) = CliProcess.RunByDefault(RepoPaths.Root, publish);

        // Then it stops at once: the machine's fault, said in Dutch, with nothing rendered, cached or written
        Assert.True(exit == 2, output + error);
        Assert.Contains("error IBP052: het programma voor de zoekindex (npm pagefind 1.6.0) is niet geïnstalleerd: voer 'npm ci' uit", error, StringComparison.Ordinal);
        Assert.DoesNotContain("gecontroleerd", output, StringComparison.Ordinal); // "N documenten gecontroleerd; …": the run never got that far
        Assert.False(Directory.Exists(cache) && Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Any(), "the cache holds files: something was rendered");
        Assert.False(Directory.Exists(Path.Combine(tree.Root, "releases", "v")));

        // And a shard, which writes no release and so no index, renders as before
        var shard = CliProcess.RunByDefault(RepoPaths.Root, [.. publish, "--shard", "1/1"]);
        Assert.True(shard.Exit == 0, shard.Out + shard.Err);
        Assert.NotEmpty(Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories));
    }

    /// <summary>node_modules as npm ci leaves it, less Pagefind: every other package linked in.</summary>
    private static string WithoutPagefind(ContentTree tree)
    {
        var modules = Path.Combine(tree.Root, "node_modules");
        Directory.CreateDirectory(modules);
        foreach (var entry in Directory.EnumerateFileSystemEntries(RepoPaths.NodeModules).Where(e => Path.GetFileName(e) is not "pagefind" and not "@pagefind"))
        {
            Directory.CreateSymbolicLink(Path.Combine(modules, Path.GetFileName(entry)), entry);
        }

        return modules;
    }
}
