using System.Globalization;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.StressCorpus;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>
/// Why a warm release measured slower than a cold one: the same corpus, interleaved round by round so that the
/// machine's drift falls on all three alike. Cold is the CLI in a new process; warm is in this process on one
/// engine kept for every round; fresh is in this process on an engine started for the round.
/// </summary>
internal static class WarmAgainstCold
{
    public static async Task RunAsync(string root, int documents, int rounds)
    {
        var cli = ReleaseBenchmark.CliPath(root);
        var nodeModules = Path.Combine(root, "node_modules");
        var work = Path.Combine(root, "artifacts", "benchmarks", "warm-against-cold");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var corpus = BenchCorpus.Write(Path.Combine(work, "corpus"), root, ReleaseBenchmark.DefaultSeed, documents, CorpusShape.Benchmark);
        var options = new EngineOptions(nodeModules, TimeSpan.FromMinutes(60));
        await using var kept = await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, options);
        var warmUp = BenchCorpus.Write(Path.Combine(work, "warm-up"), root, ReleaseBenchmark.DefaultSeed + 1, 2, CorpusShape.Benchmark);
        await ReleaseBenchmark.PublishInProcessAsync(kept, warmUp, nodeModules);

        Console.WriteLine("| round | cold (CLI, new process) | warm (kept engine) | fresh engine, this process |");
        Console.WriteLine("| ---: | ---: | ---: | ---: |");
        for (var round = 1; round <= rounds; round++)
        {
            if (Directory.Exists(corpus.Cache))
            {
                Directory.Delete(corpus.Cache, recursive: true);
            }

            var cold = ReleaseBenchmark.Publish(cli, corpus, root).Succeeded($"cold round {round}").Elapsed;
            var (warm, _) = await ReleaseBenchmark.PublishInProcessAsync(kept, corpus, nodeModules);
            TimeSpan fresh;
            await using (var engine = await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, options))
            {
                (fresh, _) = await ReleaseBenchmark.PublishInProcessAsync(engine, corpus, nodeModules);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {cold.TotalSeconds:0.0} s | {warm.TotalSeconds:0.0} s | {fresh.TotalSeconds:0.0} s |"));
        }
    }
}
