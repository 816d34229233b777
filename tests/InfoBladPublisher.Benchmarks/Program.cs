using InfoBladPublisher.Benchmarks;

// Figures, not a pass/fail test. From the repository root:
//   dotnet run --project tests/InfoBladPublisher.Benchmarks -c Release [-- --rounds N]       the editor's loop (artifacts/benchmarks/editor.md)
//   dotnet run --project tests/InfoBladPublisher.Benchmarks -c Release -- release [--sizes 1,10,100] [--long 300]
//       [--peer-documents 10] [--seed N] [--write-docs]                                      releases (artifacts/benchmarks/release.md)
//   dotnet run --project tests/InfoBladPublisher.Benchmarks -c Release -- profile CONTENT ID [ROUNDS [OUT.pdf]]
//       one document's render, phase by phase (ROUNDS 0: a single render, for a long document)
//   dotnet run --project tests/InfoBladPublisher.Benchmarks -c Release -- review [DOCUMENTS [SEED]]
//       a pull request's review in a generated repository, three changes (artifacts/benchmarks/review.md)
//   dotnet run --project tests/InfoBladPublisher.Benchmarks -c Release -- warm-against-cold DOCUMENTS ROUNDS
//       the same corpus cold (CLI), warm (kept engine) and on a fresh engine, round by round
var root = Directory.GetCurrentDirectory();
if (args.Length >= 3 && args[0] == "profile")
{
    var profileRounds = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
    await EngineProfiling.RunAsync(args[1], Path.Combine(root, "templates"), Path.Combine(root, "node_modules"), args[2], profileRounds, args.Length > 4 ? args[4] : null);
    Console.WriteLine(Report.Markdown);
    return;
}

if (args.Length == 3 && args[0] == "warm-against-cold")
{
    await InfoBladPublisher.Benchmarks.Release.WarmAgainstCold.RunAsync(root, int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length > 0 && args[0] == "review")
{
    var documents = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300;
    var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 24;
    try
    {
        InfoBladPublisher.Benchmarks.Review.ReviewBenchmark.Run(root, documents, seed);
    }
    catch (InfoBladPublisher.Benchmarks.Release.RunRefused refused)
    {
        Console.Error.WriteLine($"benchmark stopped: {refused.Message}");
        Environment.ExitCode = 1;
    }

    return;
}

if (args.Length > 0 && args[0] == "release")
{
    var settings = args.Skip(1).Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
        .ToDictionary(p => p.a, p => p.i + 2 < args.Length && !args[p.i + 2].StartsWith("--", StringComparison.Ordinal) ? args[p.i + 2] : string.Empty, StringComparer.Ordinal);
    try
    {
        await InfoBladPublisher.Benchmarks.Release.ReleaseBenchmark.RunAsync(root, settings);
    }
    catch (InfoBladPublisher.Benchmarks.Release.RunRefused refused)
    {
        // What was measured before stays in artifacts/benchmarks/release.md.
        Console.Error.WriteLine($"benchmark stopped: {refused.Message}");
        Environment.ExitCode = 1;
    }

    return;
}

var rounds = args.Length == 2 && args[0] == "--rounds" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
var content = Path.Combine(root, "content");
var templates = Path.Combine(root, "templates");
var nodeModules = Path.Combine(root, "node_modules");
var jit = Path.Combine(root, "src", "InfoBladPublisher.Cli", "bin", "Release", "net10.0", "infoblad.dll");
var aheadOfTime = Path.Combine(root, "artifacts", "cli", "infoblad.dll"); // what ./infoblad runs

Console.WriteLine($"{Environment.ProcessorCount} cores, {Directory.GetDirectories(Path.Combine(content, "documenten")).Length} documents, {rounds} rounds");
Phases.Run(content, templates, nodeModules, rounds);
EditorLoop.CheckWarm(content, templates, nodeModules, rounds);
if (File.Exists(jit))
{
    EditorLoop.CheckCold("`infoblad check`, whole process, JIT build", jit, root, Math.Max(3, rounds / 2));
}

if (File.Exists(aheadOfTime))
{
    EditorLoop.CheckCold("`./infoblad check`, whole process, ReadyToRun", aheadOfTime, root, Math.Max(3, rounds / 2));
}

await EditorLoop.PreviewAsync(content, templates, nodeModules, "2024-06-07-nota-informatieverzoek-veldkamp", rounds);

// Issue 22's target is for a 10-page document: a generated nota of that length, with notes, tables and a chart.
var tenPages = InfoBladPublisher.Benchmarks.Release.BenchCorpus.Write(Path.Combine(root, "artifacts", "benchmarks", "editor-ten-pages"), root, InfoBladPublisher.Benchmarks.Release.ReleaseBenchmark.DefaultSeed, 1, new InfoBladPublisher.StressCorpus.CorpusShape(10, 10, false, 0));
await EditorLoop.PreviewAsync(tenPages.Content, tenPages.Templates, nodeModules, tenPages.Generated.Documents.Single().Id, rounds);

await EngineProfiling.RunAsync(content, templates, nodeModules, "2024-06-07-nota-informatieverzoek-veldkamp", rounds);
await EngineProfiling.RunAsync(content, templates, nodeModules, "2024-02-16-informatieblad-gestapelde-gezinshereniging", rounds);

var output = Path.Combine(root, "artifacts", "benchmarks");
Directory.CreateDirectory(output);
File.WriteAllText(Path.Combine(output, "editor.md"), Report.Markdown);
Console.WriteLine($"wrote {Path.Combine(output, "editor.md")}");
