using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.StressCorpus;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>
/// The release benchmark of issue 11 (figures, not a test): generated corpora of 1, 10 and 100 documents, cold
/// and warm full releases, no-op and partial rebuilds, memory, one long document against a short one, and the
/// peer tools on the same print HTML. Every release it times must succeed, so every figure passed the layout
/// gate.
/// </summary>
internal static partial class ReleaseBenchmark
{
    private const string Version = "bench";

    /// <summary>The CLI's lines in English, whatever the machine's setting: the benchmark reads its progress lines.</summary>
    internal static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string> { ["INFOBLAD_LANG"] = "en" };

    /// <summary>The seed of the corpora every run so far measured.</summary>
    internal const int DefaultSeed = 2026;

    /// <summary>What ./infoblad and dotnet cake run: the ahead-of-time build when it is there.</summary>
    internal static string CliPath(string root)
    {
        var cli = Path.Combine(root, "artifacts", "cli", "infoblad.dll");
        return File.Exists(cli) ? cli : Path.Combine(root, "src", "InfoBladPublisher.Cli", "bin", "Release", "net10.0", "infoblad.dll");
    }

    public static async Task RunAsync(string root, IReadOnlyDictionary<string, string> options)
    {
        var sizes = Setting(options, "--sizes", "1,10,100").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var longPages = int.Parse(Setting(options, "--long", "300"), CultureInfo.InvariantCulture);
        var peerDocuments = int.Parse(Setting(options, "--peer-documents", "10"), CultureInfo.InvariantCulture);
        var seed = Setting(options, "--seed", "") is { Length: > 0 } given ? int.Parse(given, CultureInfo.InvariantCulture) : DefaultSeed;

        // A full render of the 100-document corpus takes most of half an hour here: the rebuilds that render a
        // third of it again, and a second (warm) full render, are measured on the corpora up to these sizes.
        var rebuildsUpTo = int.Parse(Setting(options, "--rebuilds-upto", "1000000"), CultureInfo.InvariantCulture);
        var warmUpTo = int.Parse(Setting(options, "--warm-upto", "1000000"), CultureInfo.InvariantCulture);

        // Issue 32: the 960-note nota against WeasyPrint (on unless --no-long-nota), and cold releases sharded over
        // two processes (--sharded 100,1000: off unless asked; 1,000 documents take most of half an hour here).
        var longNota = !options.ContainsKey("--no-long-nota");
        var sharded = Setting(options, "--sharded", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var cli = CliPath(root);

        var nodeModules = Path.Combine(root, "node_modules");
        var work = Path.Combine(root, "artifacts", "benchmarks", "release");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        ReleaseReport? reportRef = null;
        var output = Path.Combine(root, "artifacts", "benchmarks");
        Directory.CreateDirectory(output);
        void Save()
        {
            // After every part, so an interrupted run still leaves what it measured.
            var markdown = reportRef!.Markdown(sizes);
            File.WriteAllText(Path.Combine(output, "release.md"), markdown);
            if (options.ContainsKey("--write-docs"))
            {
                ReleaseReport.WriteInto(Path.Combine(root, "docs", "performance.md"), markdown);
            }
        }

        var report = new ReleaseReport(Machine.Describe(nodeModules) + $", CLI {Path.GetRelativePath(root, cli)}");
        reportRef = report;
        foreach (var size in sizes)
        {
            var corpus = BenchCorpus.Write(Path.Combine(work, $"corpus-{size}"), root, seed, size, CorpusShape.Benchmark);
            Console.WriteLine($"corpus of {size}: {corpus.Generated.Documents.Count} documents");

            var cold = Publish(cli, corpus, root).Succeeded($"cold release of {size}");
            var pages = corpus.Pages();
            report.Add(size, "cold full release (new process, empty cache)", cold.Elapsed, cold.PeakMiB, pages);

            var noop = Publish(cli, corpus, root).Succeeded($"no-op rebuild of {size}");
            report.Add(size, "no-op rebuild (new process)", noop.Elapsed, noop.PeakMiB, null, Rendered(noop) == 0 ? "nothing rendered" : $"{Rendered(noop)} rendered (!)");

            if (size == sizes.Max())
            {
                // Cake passes the commit and the CLI runs above did not, so its first run builds the release again
                // from the caches (and finds the same files: nothing is written); the second is the no-op a user sees.
                string[] cakeArguments = ["cake", $"--content={corpus.Content}", $"--templates={corpus.Templates}", $"--cache={corpus.Cache}", $"--output={corpus.Releases}", $"--release-version={Version}", "--replace=true"];
                var first = CommandRun.Start("dotnet", cakeArguments, root, English).Succeeded("first dotnet cake");
                report.Add(size, "first `dotnet cake` after the CLI's publish (another commit: release built again from the caches, the same files found)", first.Elapsed, first.PeakMiB, null);
                var cake = CommandRun.Start("dotnet", cakeArguments, root, English).Succeeded("no-op dotnet cake");
                report.Add(size, "no-op `dotnet cake` (whole command: script, up-to-date build check, publish)", cake.Elapsed, cake.PeakMiB, null);
            }

            if (corpus.Generated.Documents.Count >= 2)
            {
                var changed = corpus.ChangeOneDocument();
                var one = Publish(cli, corpus, root).Succeeded($"one-document rebuild of {size}");
                var own = RenderTimes(one).GetValueOrDefault(changed);
                report.Add(size, "rebuild after changing one document's text", one.Elapsed, one.PeakMiB, null,
                    string.Create(CultureInfo.InvariantCulture, $"{Rendered(one)} rendered; that document's own render {own.TotalSeconds:0.0} s, the rest {(one.Elapsed - own).TotalSeconds:0.0} s"));

                if (size > rebuildsUpTo)
                {
                    Save();
                    continue;
                }

                var users = corpus.ChangeSharedStylesheet();
                var template = Publish(cli, corpus, root).Succeeded($"stylesheet rebuild of {size}");
                report.Add(size, "rebuild after changing one print layout (informatieblad.typ)", template.Elapsed, template.PeakMiB, null,
                    $"{Rendered(template)} rendered, {users} documents use it");

                var dataset = corpus.ChangeOneDataset();
                var data = Publish(cli, corpus, root).Succeeded($"dataset rebuild of {size}");
                report.Add(size, "rebuild after changing one dataset", data.Elapsed, data.PeakMiB, null, $"{Rendered(data)} rendered, {dataset} documents use it");
            }

            Save();
        }

        var engine = await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, new EngineOptions(nodeModules, TimeSpan.FromMinutes(60)));
        await using (engine)
        {
            // Warm: this process has published before (JIT done) and the compiler is running; the cache is empty.
            var warmUp = BenchCorpus.Write(Path.Combine(work, "warm-up"), root, seed + 1, 2, CorpusShape.Benchmark);
            await PublishInProcessAsync(engine, warmUp, nodeModules);
            foreach (var size in sizes.Where(s => s <= warmUpTo))
            {
                var corpus = BenchCorpus.Write(Path.Combine(work, $"warm-{size}"), root, seed, size, CorpusShape.Benchmark);
                using var memory = TreeMemory.Watch(Environment.ProcessId);
                var (elapsed, result) = await PublishInProcessAsync(engine, corpus, nodeModules);
                var pages = result.Timings.Sum(t => t.Pages);
                report.Add(size, "warm full release (in process, compiler running, empty cache)", elapsed, memory.PeakMiB, pages,
                    string.Create(CultureInfo.InvariantCulture, $"{pages / elapsed.TotalSeconds:0.0} pages/s"));
                report.Warm[size] = (elapsed, corpus.Generated.Documents.Count);
                Save();
            }
        }

        var tools = PeerTools.Installed(root);
        if (tools.Count > 0 && peerDocuments > 0)
        {
            var corpus = BenchCorpus.Write(Path.Combine(work, "peers"), root, seed, peerDocuments, CorpusShape.Benchmark);
            var pagesOut = PeerTools.ExportPrintPages(corpus.Content, corpus.Templates, nodeModules, Path.Combine(work, "peer-pages"), peerDocuments);
            foreach (var tool in tools)
            {
                var (total, each, failed) = PeerTools.Run(tool, pagesOut, Environment.ProcessorCount);
                report.Peer(tool, pagesOut.Count, total, each, failed);
                Console.WriteLine($"{tool.Name}: {total.TotalSeconds:0.0} s for {pagesOut.Count} documents, {failed} failed");
            }

            var single = PeerTools.ExportPrintPages(corpus.Content, corpus.Templates, nodeModules, Path.Combine(work, "peer-single"), 1);
            foreach (var tool in tools)
            {
                var (total, _, failed) = PeerTools.Run(tool, single, 1);
                if (failed == 0)
                {
                    report.PeerSingle(tool, total); // a failure's time is no yardstick
                }
            }

            // One short document through `infoblad render`, the whole process (issue 22: ≤ 1 s).
            var ours = BenchCorpus.Write(Path.Combine(work, "single"), root, seed, 1, new CorpusShape(2, 4, false, 0));
            var id = ours.Generated.Documents.Single().Id;
            var render = CommandRun.Start("dotnet", [cli, "render", id, "--pdf", "--content", ours.Content, "--templates", ours.Templates, "--out", Path.Combine(ours.Root, "render")], root, English).Succeeded("cold single render");
            report.OursSingle(render.Elapsed, File.Exists(Path.Combine(ours.Root, "render", id + ".pdf")));
            Save();
        }

        if (longNota)
        {
            var weasy = tools.FirstOrDefault(t => t.Name == "WeasyPrint");
            if (LongNota.Run(root, cli, work, weasy) is { } figures)
            {
                report.LongNota = figures;
                Console.WriteLine($"long nota: {figures.Pages} pages, {figures.Notes} notes, ours {figures.Ours.TotalSeconds:0.0} s, {figures.PeerName} {figures.Peer?.TotalSeconds:0.0} s");
                Save();
            }
        }

        foreach (var documents in sharded)
        {
            var figures = ShardedRelease.Run(root, cli, work, seed, documents);
            report.Sharded.Add(figures);
            Console.WriteLine($"sharded {documents}: {figures.Elapsed.TotalSeconds:0.0} s, {figures.Pages} pages, {figures.PeakMiB:0} MiB");
            Save();
        }

        // Last: one long document against a 10-page one, alone, with the compiler warm.
        var longEngine = await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, new EngineOptions(nodeModules, TimeSpan.FromMinutes(60)));
        await using (longEngine)
        {
            if (longPages > 0)
            {
                var shortDoc = BenchCorpus.Write(Path.Combine(work, "ten-pages"), root, seed, 1, new CorpusShape(10, 10, false, 0));
                var longDoc = BenchCorpus.Write(Path.Combine(work, "long"), root, seed, 0, new CorpusShape(10, 10, false, longPages));
                var (shortTime, shortResult) = await PublishInProcessAsync(longEngine, shortDoc, nodeModules, parallelism: 1);
                var (longTime, longResult) = await PublishInProcessAsync(longEngine, longDoc, nodeModules, parallelism: 1);
                // The whole publish of each, gate and release writing included, not only the engine's time.
                report.PerPage(shortResult.Timings.Single() with { Elapsed = shortTime }, longResult.Timings.Single() with { Elapsed = longTime });
                Console.WriteLine($"short {shortTime.TotalSeconds:0.0} s, long {longTime.TotalSeconds:0.0} s");
            }
        }

        Save();
        Console.WriteLine(report.Markdown(sizes));
    }

    internal static CommandRun Publish(string cli, BenchCorpus corpus, string root) =>
        // --replace: each rebuild after a change replaces the one version the benchmark publishes (issue 33 refuses that otherwise).
        CommandRun.Start("dotnet", [cli, "publish", "--content", corpus.Content, "--templates", corpus.Templates, "--cache", corpus.Cache, "--output", corpus.Releases, "--release-version", Version, "--replace"], root, English);

    internal static async Task<(TimeSpan Elapsed, PublishResult Result)> PublishInProcessAsync(IPagedMediaEngine engine, BenchCorpus corpus, string nodeModules, int parallelism = 0)
    {
        if (Directory.Exists(corpus.Cache))
        {
            Directory.Delete(corpus.Cache, recursive: true);
        }

        var options = new PublishOptions(corpus.Content, corpus.Templates, nodeModules, corpus.Releases, Version, parallelism) { CacheFolder = corpus.Cache };
        var clock = Stopwatch.StartNew();
        var result = await new PublishPipeline(engine).RunAsync(options, TextWriter.Null);
        var elapsed = clock.Elapsed;
        return result.Succeeded ? (elapsed, result) : throw new RunRefused($"an in-process publish of {corpus.Content} failed:\n" + string.Join("\n", result.Diagnostics));
    }

    /// <summary>The documents a publish rendered: its progress lines that do not say "unchanged (cache)".</summary>
    private static int Rendered(CommandRun run) => RenderTimes(run).Count;

    private static Dictionary<string, TimeSpan> RenderTimes(CommandRun run) =>
        DoneLine().Matches(run.Output).ToDictionary(m => m.Groups["id"].Value, m => TimeSpan.FromSeconds(double.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture)), StringComparer.Ordinal);

    private static string Setting(IReadOnlyDictionary<string, string> options, string name, string fallback) =>
        options.TryGetValue(name, out var value) && value.Length > 0 ? value : fallback;

    [GeneratedRegex(@"\] (?<id>[A-Za-z0-9_-]+): \d+ pages, (?<s>[0-9.]+) s")]
    private static partial Regex DoneLine();
}
