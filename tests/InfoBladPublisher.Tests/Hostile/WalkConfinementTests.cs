using System.Diagnostics;
using System.Net;
using InfoBladPublisher.Common;
using InfoBladPublisher.Preview;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// Every walk of content and templates stays inside its root (issue 23, class 1): a link to /, to /proc/self,
/// to a parent, a loop of links and a FIFO are named at the link, and nothing beyond them is opened.
/// </summary>
public sealed class WalkConfinementTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>The content tree with every kind of bad link, each pointing at or through <paramref name="outside"/>.</summary>
    private static void Spoil(string contentRoot, string outside)
    {
        Directory.CreateSymbolicLink(Path.Combine(contentRoot, "logos"), "/proc/self");
        Directory.CreateSymbolicLink(Path.Combine(contentRoot, "wortel"), "/");
        Directory.CreateSymbolicLink(Path.Combine(contentRoot, "buiten"), outside);
        Directory.CreateSymbolicLink(Path.Combine(contentRoot, "documenten", "nota", "ouder"), "..");
        File.CreateSymbolicLink(Path.Combine(contentRoot, "a.svg"), "b.svg");
        File.CreateSymbolicLink(Path.Combine(contentRoot, "b.svg"), "a.svg");
        MakeFifo(Path.Combine(contentRoot, "documenten", "nota", "pijp.md"));
    }

    [Fact]
    public void The_walk_Should_name_every_bad_link_and_list_only_files_inside()
    {
        using var tree = new ContentTree();
        using var outside = new TempTree();
        outside.Write("geheim.txt", "geheim");
        Spoil(tree.ContentRoot, outside.Root);
        using var visitors = new VisitorCounter(outside.Root);

        var listing = new ConfinedDirectory(tree.ContentRoot, "content").Walk();

        Assert.Equal(0, visitors.Visits());
        Assert.Equal(
            [("a.svg", WalkProblemKind.LinkLoop), ("b.svg", WalkProblemKind.LinkLoop), ("buiten", WalkProblemKind.LeadsOutside),
             ("documenten/nota/ouder", WalkProblemKind.LinkLoop), ("documenten/nota/pijp.md", WalkProblemKind.NotAFile),
             ("logos", WalkProblemKind.LeadsOutside), ("wortel", WalkProblemKind.LeadsOutside)],
            listing.Problems.Select(p => (p.Path, p.Kind)));
        Assert.All(listing.Files, f => Assert.StartsWith(Path.GetFullPath(tree.ContentRoot), f.FullPath, StringComparison.Ordinal));
        Assert.Contains(listing.Files, f => f.Path == "documenten/nota/document.yml");
    }

    [Fact]
    public void A_link_inside_the_tree_Should_be_walked_and_marked_as_reached_through_a_link()
    {
        using var tree = new ContentTree();
        Directory.CreateSymbolicLink(Path.Combine(tree.ContentRoot, "kopie"), Path.Combine(tree.ContentRoot, "documenten"));

        var listing = new ConfinedDirectory(tree.ContentRoot, "content").Walk();

        Assert.Empty(listing.Problems);
        var copy = Assert.Single(listing.Files, f => f.Path == "kopie/nota/document.yml");
        Assert.True(copy.ThroughLink);
        Assert.False(Assert.Single(listing.Files, f => f.Path == "documenten/nota/document.yml").ThroughLink);
    }

    [Fact]
    public void A_tree_deeper_than_the_limit_Should_stop_there_with_a_problem()
    {
        using var tree = new TempTree();
        var deep = Path.Combine(tree.Root, Path.Combine([.. Enumerable.Repeat("d", Limits.NestingDepth + 3)]));
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "x.md"), "x");

        var listing = new ConfinedDirectory(tree.Root, "content").Walk();

        Assert.Empty(listing.Files);
        Assert.Equal(WalkProblemKind.TooDeep, Assert.Single(listing.Problems).Kind);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("publish")]
    [InlineData("render")]
    public void Every_command_Should_finish_with_IBP031_at_each_link_and_open_nothing_outside(string command)
    {
        using var tree = new ContentTree();
        using var outside = new TempTree();
        outside.Write("geheim.txt", "geheim");
        Spoil(tree.ContentRoot, outside.Root);
        using var visitors = new VisitorCounter(outside.Root);
        string[] args = command switch
        {
            "check" => ["check", "--content", tree.ContentRoot],
            "publish" => ["publish", "--content", tree.ContentRoot, "--output", Path.Combine(tree.Root, "releases"), "--cache", Path.Combine(tree.Root, "cache")],
            _ => ["render", "nota", "--content", tree.ContentRoot, "--out", Path.Combine(tree.Root, "uit")],
        };

        var (exit, _, stderr) = CliProcess.RunWithin(HangGuard, args);

        Assert.Equal(1, exit);
        Assert.Equal(0, visitors.Visits());
        foreach (var link in new[] { "logos", "wortel", "buiten", "documenten/nota/ouder", "a.svg", "b.svg" })
        {
            Assert.Contains($"content/{link}:1:1: error IBP031", stderr, StringComparison.Ordinal);
        }

        Assert.Contains("content/documenten/nota/pijp.md:1:1: error IBP034", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(tree.Root, "releases", "dev")));
    }

    [Fact]
    public async Task The_preview_Should_show_IBP031_and_open_nothing_outside()
    {
        using var tree = new ContentTree();
        using var outside = new TempTree();
        outside.Write("geheim.txt", "geheim");
        Spoil(tree.ContentRoot, outside.Root);
        using var visitors = new VisitorCounter(outside.Root);

        await using var server = await PreviewServer.StartAsync(
            new PreviewOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, FreePort()), TextWriter.Null).WaitAsync(HangGuard);
        using var http = new HttpClient { BaseAddress = server.Url };
        var index = await http.GetStringAsync(string.Empty).WaitAsync(HangGuard);

        Assert.Contains("IBP031", index, StringComparison.Ordinal);
        Assert.Contains("content/logos", index, StringComparison.Ordinal);
        Assert.Equal(0, visitors.Visits());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
