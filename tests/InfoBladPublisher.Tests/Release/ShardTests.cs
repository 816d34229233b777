using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>A publish spread over shards: every document in exactly one share, and N shards then assemble give the bytes of one full run.</summary>
public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("10/10", 10, 10)]
    public void A_share_Should_read_as_K_of_N(string text, int index, int count)
    {
        Assert.True(Shard.TryParse(text, out var shard));
        Assert.Equal(new Shard(index, count), shard);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("1/3/4")]
    [InlineData("a/b")]
    [InlineData("")]
    public void A_share_out_of_range_Should_not_read(string text) => Assert.False(Shard.TryParse(text, out _));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_document_Should_be_in_exactly_one_share_and_the_shares_Should_be_balanced(int count)
    {
        var random = new Random(count);
        var documents = Enumerable.Range(0, 40).Select(i => ($"doc-{i:00}", (long)random.Next(1_000, 300_000))).ToList();

        var shares = Enumerable.Range(1, count).Select(k => new Shard(k, count).Select(documents)).ToList();

        Assert.Equal(documents.Select(d => d.Item1).Order(), shares.SelectMany(s => s).Order());
        var loads = shares.Select(s => documents.Where(d => s.Contains(d.Item1)).Sum(d => d.Item2)).ToList();
        Assert.True(loads.Max() - loads.Min() <= documents.Max(d => d.Item2), $"loads {string.Join(", ", loads)}");
        Assert.Equal(shares, Enumerable.Range(1, count).Select(k => new Shard(k, count).Select(documents.AsEnumerable().Reverse())).ToList());
    }

    [Fact]
    public async Task Shards_run_one_after_another_and_assembled_Should_give_the_bytes_of_one_full_run()
    {
        using var tree = new TempTree();
        var cache = Path.Combine(tree.Root, "cache");
        PublishOptions Options(string version) => new(RepoPaths.Content, RepoPaths.Templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), version) { CacheFolder = cache };

        var rendered = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var shard = await new PublishPipeline().RunAsync(Options("v") with { Shard = new Shard(k, 3) }, TextWriter.Null);
            Assert.True(shard.Succeeded, string.Join("\n", shard.Diagnostics));
            Assert.Null(shard.ReleasePath);
            rendered.AddRange(shard.Timings.Select(t => t.DocumentId));
        }

        var assembled = await new PublishPipeline().RunAsync(Options("v") with { AssembleOnly = true }, TextWriter.Null);
        var full = await new PublishPipeline().RunAsync(new PublishOptions(RepoPaths.Content, RepoPaths.Templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "full"), "v"), TextWriter.Null);

        Assert.True(assembled.Succeeded, string.Join("\n", assembled.Diagnostics));
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.Equal(Directory.GetDirectories(Path.Combine(RepoPaths.Content, "documenten")).Select(Path.GetFileName).Order(), rendered.Order());
        Assert.All(assembled.Timings, t => Assert.True(t.FromCache));
        var files = Directory.GetFiles(full.ReleasePath!).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(assembled.ReleasePath!).Select(Path.GetFileName).Order());
        Assert.All(files, name => Assert.Equal(File.ReadAllBytes(Path.Combine(full.ReleasePath!, name!)), File.ReadAllBytes(Path.Combine(assembled.ReleasePath!, name!))));
    }

    [Fact]
    public async Task Assembling_without_a_share_Should_name_each_missing_document_and_write_nothing()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\nEen tweede nota, met een zin meer.\n", id: "tweede");
        var options = new PublishOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "v") { CacheFolder = Path.Combine(tree.Root, "cache") };
        var first = await new PublishPipeline().RunAsync(options with { Shard = new Shard(1, 2) }, TextWriter.Null);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        var assembled = await new PublishPipeline().RunAsync(options with { AssembleOnly = true }, TextWriter.Null);

        Assert.False(assembled.Succeeded);
        var missing = Assert.Single(assembled.Diagnostics, d => d.Code == DiagnosticCodes.NotInCache);
        var other = first.Timings.Single().DocumentId == "nota" ? "tweede" : "nota";
        Assert.StartsWith(other + " is not in the cache", missing.Message, StringComparison.Ordinal);
        Assert.EndsWith("document.yml", missing.Position.File, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(tree.Root, "releases", "v")));
    }
}
