using System.Text.Json;
using InfoBladPublisher.Publishing.Search;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Site;

/// <summary>The version the build demands of Pagefind is the one package.json pins and npm ci installs: two places, held equal.</summary>
public sealed class PagefindPinTests
{
    [Fact]
    public void The_pinned_pagefind_Should_be_the_version_package_json_and_its_lock_install()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "package.json")));
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "package-lock.json")));

        Assert.Equal(PagefindIndex.PinnedVersion, manifest.RootElement.GetProperty("dependencies").GetProperty(PagefindIndex.Package).GetString());
        Assert.Equal(PagefindIndex.PinnedVersion, lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/" + PagefindIndex.Package).GetProperty("version").GetString());
    }
}
