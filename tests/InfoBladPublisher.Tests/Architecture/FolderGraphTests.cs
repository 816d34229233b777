using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Architecture;

/// <summary>The folders of the library use each other in one direction only: a cycle fails the build.</summary>
public sealed class FolderGraphTests
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "InfoBladPublisher");

    [Fact]
    public void The_folders_Should_have_no_cycle()
    {
        var graph = FolderGraph.Read(Source);
        var cycle = FolderGraph.FindCycle(graph);
        Assert.True(cycle is null, "cycle: " + string.Join(" → ", cycle ?? []) + "\n" + Describe(graph));
    }

    [Fact]
    public void The_cycle_check_Should_find_a_cycle_where_there_is_one()
    {
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["Content"] = new(StringComparer.Ordinal) { "Data" },
            ["Data"] = new(StringComparer.Ordinal) { "Common" },
            ["Common"] = new(StringComparer.Ordinal) { "Content" },
        };
        Assert.Equal(["Common", "Content", "Data", "Common"], FolderGraph.FindCycle(graph)); // found from the first folder in order
    }

    [Fact]
    public void Shared_plumbing_Should_use_no_stage()
    {
        var graph = FolderGraph.Read(Source);
        Assert.Equal(["Diagnostics"], graph["Common"]);
        Assert.Empty(graph["Diagnostics"]);
    }

    private static string Describe(SortedDictionary<string, SortedSet<string>> graph) =>
        string.Join("\n", graph.Select(e => $"{e.Key} → {string.Join(", ", e.Value)}"));
}
