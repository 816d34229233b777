using InfoBladPublisher.Charts;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Data;

/// <summary>A chart kind is one definition: its name is unique, found by name, and explained to editors.</summary>
public sealed class ChartKindTests
{
    [Fact]
    public void Every_kind_Should_be_found_by_its_own_name_and_be_in_the_editors_guide()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editors-guide.md"));
        Assert.Equal(ChartKind.All.Count, ChartKind.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ChartKind.All, k =>
        {
            Assert.Same(k, ChartKind.Named(k.Name));
            Assert.Contains(k.Name, guide, StringComparison.Ordinal);
        });
        Assert.Null(ChartKind.Named("taart"));
    }
}
