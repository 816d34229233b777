using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>Every web page of the seeds' public release, the index included, has no axe-core violation at 390 and 1280 px.</summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed class AccessibilityTests
{
    private readonly PublishedSeeds _seeds;

    public AccessibilityTests(PublishedSeeds seeds) => _seeds = seeds;

    [Fact]
    public async Task Every_page_of_the_release_Should_have_no_axe_violation_at_either_width()
    {
        var pages = Directory.GetFiles(_seeds.ReleasePath, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(PublishedSeeds.DocumentCount + 1, pages.Count);
        var found = await Axe.ViolationsInAsync(pages);

        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
