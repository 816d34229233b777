using InfoBladPublisher.Benchmarks;

// The editor's loop, measured on this machine (figures, not a pass/fail test). From the repository root:
//   dotnet run --project tests/InfoBladPublisher.Benchmarks -c Release [-- --rounds N]
// Writes artifacts/benchmarks/editor.md as well.
var root = Directory.GetCurrentDirectory();
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

await EngineProfiling.RunAsync(content, templates, nodeModules, "2024-06-07-nota-informatieverzoek-veldkamp", rounds);
await EngineProfiling.RunAsync(content, templates, nodeModules, "2024-02-16-informatieblad-gestapelde-gezinshereniging", rounds);

var output = Path.Combine(root, "artifacts", "benchmarks");
Directory.CreateDirectory(output);
File.WriteAllText(Path.Combine(output, "editor.md"), Report.Markdown);
Console.WriteLine($"wrote {Path.Combine(output, "editor.md")}");
