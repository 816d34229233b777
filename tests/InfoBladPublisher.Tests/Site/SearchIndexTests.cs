using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Site;

/// <summary>Without Pagefind (npm ci not run, or only the print engine installed) the publish says so as IBP052, and writes nothing.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public async Task A_publish_without_pagefind_Should_be_IBP052_naming_npm_ci()
    {
        using var tree = new ContentTree();
        // node_modules as npm ci leaves it, less Pagefind: every other package linked in.
        var modules = Path.Combine(tree.Root, "node_modules");
        Directory.CreateDirectory(modules);
        foreach (var entry in Directory.EnumerateFileSystemEntries(RepoPaths.NodeModules).Where(e => Path.GetFileName(e) is not "pagefind" and not "@pagefind"))
        {
            Directory.CreateSymbolicLink(Path.Combine(modules, Path.GetFileName(entry)), entry);
        }

        var options = new PublishOptions(tree.ContentRoot, RepoPaths.Templates, modules, Path.Combine(tree.Root, "releases"), "v") { CacheFolder = Path.Combine(tree.Root, "cache") };
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.False(result.Succeeded);
        var missing = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.MissingTool, missing.Code);
        Assert.Contains("pagefind", missing.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci", missing.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(tree.Root, "releases", "v")));
    }
}
