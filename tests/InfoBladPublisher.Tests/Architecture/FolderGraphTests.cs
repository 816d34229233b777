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
        "Authoring", "Templates", "Layout", "Rendering", "Release", "Publishing", "Review", "Pipeline", "Preview",
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
    public void The_table_in_the_architecture_doc_Should_be_the_graph_of_the_source()
    {
        var stated = FolderGraph.ReadTable(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md")));
        var read = FolderGraph.Read(Source);
        var differences = FolderGraph.Differences(stated, read);
        Assert.True(differences.Count == 0, "docs/architecture.md's folder table is not the source's graph:\n" + string.Join("\n", differences) + "\n\nthe source:\n" + Describe(read));
    }

    [Fact]
    public void The_table_check_Should_find_an_edge_missing_or_extra_and_a_folder_left_out()
    {
        const string Doc = "`Architecture/FolderGraphTests` draws it:\n\n```\nDiagnostics → (none)     Common → Diagnostics\nData → Common\n```\n";
        var stated = FolderGraph.ReadTable(Doc);
        var read = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["Diagnostics"] = new(StringComparer.Ordinal),
            ["Common"] = new(StringComparer.Ordinal) { "Diagnostics" },
            ["Data"] = new(StringComparer.Ordinal) { "Diagnostics" },
            ["Text"] = new(StringComparer.Ordinal) { "Data" },
        };

        Assert.Equal(["Diagnostics"], stated["Common"]);
        Assert.Equal(
            ["missing from the table: Data → Diagnostics", "in the table but not in the source: Data → Common", "Text is not in the table"],
            FolderGraph.Differences(stated, read));
        Assert.Empty(FolderGraph.Differences(read, read));
    }

    [Fact]
    public void The_table_Should_state_each_folder_once()
    {
        var error = Assert.Throws<FormatException>(() => FolderGraph.ReadTable("`Architecture/FolderGraphTests`\n```\nData → Common\nData → Diagnostics\n```\n"));
        Assert.Contains("Data is stated twice", error.Message, StringComparison.Ordinal);
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
