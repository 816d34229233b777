using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>Every web page of the seeds' public release, the site's pages included (the overview, each filter page, each document's page, the search page without its script), has no axe-core violation at 390 and 1280 px.</summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed class AccessibilityTests
{
    private readonly PublishedSeeds _seeds;

    public AccessibilityTests(PublishedSeeds seeds) => _seeds = seeds;

    [Fact]
    public async Task Every_page_of_the_release_Should_have_no_axe_violation_at_either_width()
    {
        var pages = Directory.GetFiles(_seeds.ReleasePath, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(PublishedSeeds.DocumentCount + 2, pages.Count(p => Path.GetDirectoryName(p) == _seeds.ReleasePath)); // the web pages, index.html, zoeken.html
        Assert.Equal(PublishedSeeds.DocumentCount, pages.Count(p => p.Contains($"{Path.DirectorySeparatorChar}documenten{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
        Assert.Contains(pages, p => p.EndsWith("type-nota.html", StringComparison.Ordinal));
        var found = await Axe.ViolationsInAsync(pages);

        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
