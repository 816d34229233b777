using System.Diagnostics;
using InfoBladPublisher.StressCorpus;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>
/// A cold release sharded over two processes as the CI matrix runs it (<c>publish --shard 1/2</c> and <c>2/2</c>
/// at once into one cache, then <c>assemble</c>), timed from the first start to the assembled release.
/// </summary>
internal static class ShardedRelease
{
    public sealed record Figures(int Documents, int Pages, TimeSpan Elapsed, TimeSpan Shards, TimeSpan Assemble, double PeakMiB);

    public static Figures Run(string root, string cli, string work, int seed, int documents)
    {
        var corpus = BenchCorpus.Write(Path.Combine(work, $"sharded-{documents}"), root, seed, documents, CorpusShape.Benchmark);
        Console.WriteLine($"sharded corpus of {documents}: {corpus.Generated.Documents.Count} documents");
        string[] Common(string command) => [cli, command, "--content", corpus.Content, "--templates", corpus.Templates, "--cache", corpus.Cache, "--output", corpus.Releases, "--release-version", "bench"];

        // The benchmark's own process tree holds both shards and their Typst workers: one peak for the pair.
        using var memory = TreeMemory.Watch(Environment.ProcessId);
        var clock = Stopwatch.StartNew();
        var shards = Enumerable.Range(1, 2)
            .Select(k => Task.Run(() => CommandRun.Start("dotnet", [.. Common("publish"), "--shard", $"{k}/2"], root, ReleaseBenchmark.English).Succeeded($"shard {k}/2 of {documents}")))
            .ToArray();
        Task.WaitAll(shards);
        var rendered = clock.Elapsed;
        var assemble = CommandRun.Start("dotnet", Common("assemble"), root, ReleaseBenchmark.English).Succeeded($"assembly of {documents}");
        var elapsed = clock.Elapsed;
        return new Figures(corpus.Generated.Documents.Count, corpus.Pages(), elapsed, rendered, assemble.Elapsed, memory.PeakMiB);
    }
}
