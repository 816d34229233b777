using Xunit.Abstractions;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Architecture;

/// <summary>The folders of the library use each other in one direction only: a cycle fails the build.</summary>
public sealed class FolderGraphTests(ITestOutputHelper output)
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "InfoBladPublisher");

    /// <summary>The folders in the order data flows through them (docs/architecture.md); each may use only those before it.</summary>
    private static readonly string[] StageOrder =
    [
        "Diagnostics", "Common", "Redaction", "Validation", "Data", "Text", "Charts", "Markdown", "Model", "Content",
        "Authoring", "Templates", "Layout", "Rendering", "Release", "Review", "Pipeline", "Preview",
    ];

    [Fact]
    public void Every_folder_Should_use_only_the_folders_before_it()
    {
        var graph = FolderGraph.Read(Source);
        output.WriteLine(Describe(graph));
        Assert.Equal(StageOrder.Order(StringComparer.Ordinal), graph.Keys);
        var backwards = graph
            .SelectMany(e => e.Value.Where(used => Array.IndexOf(StageOrder, used) > Array.IndexOf(StageOrder, e.Key)).Select(used => $"{e.Key} → {used}"))
            .ToList();
        Assert.True(backwards.Count == 0, "uses a later stage: " + string.Join(", ", backwards));
    }

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
