using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InfoBladPublisher.Benchmarks.Release;
using InfoBladPublisher.StressCorpus;

namespace InfoBladPublisher.Benchmarks.Review;

/// <summary>
/// The review of a pull request in a 300-document repository (issue 24): three changes, each reviewed as the
/// Preview does it (plan, both sides published with only the planned documents, pictures and report), cold:
/// an empty cache per change, as on a fresh runner. Each command is timed whole, with the peak memory of it and
/// everything it started. Writes artifacts/benchmarks/review.md.
/// </summary>
internal static partial class ReviewBenchmark
{
    private sealed record Step(string Name, CommandRun Run);

    private sealed record Case(string Name, string Change, TimeSpan Target, IReadOnlyList<Step> Steps, string Plan, string Review)
    {
        public TimeSpan Total => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Run.Elapsed);

        public double PeakMiB => Steps.Max(s => s.Run.PeakMiB);
    }

    public static void Run(string root, int documents, int seed)
    {
        var work = Path.Combine(root, "artifacts", "benchmarks", "review-work");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var cli = Path.Combine(root, "artifacts", "cli", "infoblad.dll");
        CommandRun.Start("bash", [Path.Combine(root, "infoblad"), "--help"], root).Succeeded("compiling ./infoblad");
        var baseTree = BenchCorpus.Write(Path.Combine(work, "base"), root, seed, documents, CorpusShape.Review);
        var refused = Publishable(root, cli, work, baseTree);
        baseTree = baseTree with { Generated = baseTree.Generated with { Documents = [.. baseTree.Generated.Documents.Where(d => !refused.Contains(d.Id))] } };
        var types = baseTree.Generated.Documents.GroupBy(d => d.Type).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Console.WriteLine($"{baseTree.Generated.Documents.Count} documents ({string.Join(", ", types.Select(t => $"{t.Value} {t.Key}"))}), seed {seed}; refused by the gate and left out: {(refused.Count == 0 ? "none" : string.Join(", ", refused))}");

        var cases = new List<Case>
        {
            Review(root, cli, work, baseTree, "one document's text", TimeSpan.FromSeconds(60), head => $"a sentence added to {head.ChangeOneDocument()}"),
            Review(root, cli, work, baseTree, "one dataset used by 3 documents", TimeSpan.FromSeconds(90), ChangeDatasetOfThree),
            Review(root, cli, work, baseTree, "the print layout of one type", TimeSpan.FromMinutes(5), head => ChangeKamerbriefLayout(head, types.GetValueOrDefault("kamerbrief"))),
        };

        var report = Describe(root, documents, seed, types, cases);
        Directory.CreateDirectory(Path.Combine(root, "artifacts", "benchmarks"));
        File.WriteAllText(Path.Combine(root, "artifacts", "benchmarks", "review.md"), report);
        Console.WriteLine(report);
    }

    private static Case Review(string root, string cli, string work, BenchCorpus baseTree, string name, TimeSpan target, Func<BenchCorpus, string> change)
    {
        var folder = Path.Combine(work, Slug(name));
        var head = new BenchCorpus(Path.Combine(folder, "head"), baseTree.Generated);
        Copy(baseTree.Content, head.Content);
        Copy(baseTree.Templates, head.Templates);
        var described = change(head);
        Console.WriteLine($"{name}: {described}");
        string[] Cli(params string[] args) => [cli, .. args];
        var plan = Path.Combine(folder, "plan");
        var cache = Path.Combine(folder, "cache");
        var steps = new List<Step>
        {
            new("plan", CommandRun.Start("dotnet", Cli("review-plan", "--base-content", baseTree.Content, "--base-templates", baseTree.Templates, "--head-content", head.Content, "--head-templates", head.Templates, "--output", plan), root).Succeeded("review-plan")),
        };

        // As the Preview does: both sides at once, each with a cache of its own.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var publishBase = Task.Run(() => CommandRun.Start("dotnet", Cli("publish", "--concepts", "--documents", Path.Combine(plan, "base-documents.txt"), "--content", baseTree.Content, "--templates", baseTree.Templates, "--cache", cache + "-base", "--release-version", "base", "--output", Path.Combine(folder, "base")), root).Succeeded("publish base"));
        var publishHead = Task.Run(() => CommandRun.Start("dotnet", Cli("publish", "--concepts", "--documents", Path.Combine(plan, "head-documents.txt"), "--content", head.Content, "--templates", head.Templates, "--cache", cache + "-head", "--release-version", "head", "--output", Path.Combine(folder, "head-release")), root).Succeeded("publish head"));
        Task.WaitAll(publishBase, publishHead);
        var both = new CommandRun(clock.Elapsed, publishBase.Result.PeakMiB + publishHead.Result.PeakMiB, 0, string.Empty);
        steps.Add(new(string.Create(CultureInfo.InvariantCulture, $"publish both sides at once (base {publishBase.Result.Elapsed.TotalSeconds:0.0} s, head {publishHead.Result.Elapsed.TotalSeconds:0.0} s)"), both));
        steps.Add(new("pictures and report", CommandRun.Start("dotnet", Cli("review", "--plan", Path.Combine(plan, "plan.json"), "--base", Path.Combine(folder, "base", "base"), "--head", Path.Combine(folder, "head-release", "head"), "--output", Path.Combine(folder, "report")), root).Succeeded("review")));
        foreach (var step in steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step.Name}: {step.Run.Elapsed.TotalSeconds:0.0} s, {step.Run.PeakMiB:0} MiB"));
        }

        return new Case(name, described, target, steps, Last(steps[0].Run.Output), Last(steps[^1].Run.Output, skip: 1));
    }

    /// <summary>
    /// The base is a repository whose main branch publishes: the whole generated tree is published once (not
    /// timed), and a document the layout gate refuses is taken out of it (and named in the report), as main
    /// would never hold it.
    /// </summary>
    private static SortedSet<string> Publishable(string root, string cli, string work, BenchCorpus tree)
    {
        var refused = new SortedSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var run = CommandRun.Start("dotnet", [cli, "publish", "--concepts", "--content", tree.Content, "--templates", tree.Templates, "--cache", Path.Combine(work, "whole-cache"), "--release-version", "whole", "--output", Path.Combine(work, "whole")], root);
            var found = RefusedDocument().Matches(run.Output).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
            if (run.ExitCode == 0)
            {
                return refused;
            }

            if (found.Count == 0)
            {
                run.Succeeded("publishing the whole base");
            }

            foreach (var id in found)
            {
                refused.Add(id);
                Directory.Delete(Path.Combine(tree.Content, "documenten", id), recursive: true);
            }
        }

        throw new RunRefused("the base still does not publish after three rounds of leaving documents out");
    }

    /// <summary>
    /// One more in the first year of a series three documents use: its versie goes from 1 to 2, and the three
    /// documents take the new version (a document pins the version it was checked against).
    /// </summary>
    private static string ChangeDatasetOfThree(BenchCorpus head)
    {
        string Metadata(string id) => Path.Combine(head.Content, "documenten", id, "document.yml");
        var users = Directory.GetDirectories(Path.Combine(head.Content, "datasets")).Select(Path.GetFileName).OfType<string>()
            .Select(id => (Id: id, Users: head.Generated.Documents.Where(d => File.ReadAllText(Metadata(d.Id)).Contains($"  {id}: ", StringComparison.Ordinal)).Select(d => d.Id).ToList()))
            .OrderBy(d => Math.Abs(d.Users.Count - 3)).ThenBy(d => d.Id, StringComparer.Ordinal).First();
        foreach (var user in users.Users)
        {
            File.WriteAllText(Metadata(user), File.ReadAllText(Metadata(user)).Replace($"  {users.Id}: \"1\"", $"  {users.Id}: \"2\"", StringComparison.Ordinal));
        }

        var folder = Path.Combine(head.Content, "datasets", users.Id);
        var lines = File.ReadAllLines(Path.Combine(folder, "data.csv"));
        var cells = lines[1].Split(',');
        cells[1] = (int.Parse(cells[1], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        lines[1] = string.Join(',', cells);
        File.WriteAllText(Path.Combine(folder, "data.csv"), string.Join('\n', lines) + "\n");
        var yaml = Path.Combine(folder, "dataset.yml");
        File.WriteAllText(yaml, Versie().Replace(File.ReadAllText(yaml), "versie: \"2\"", 1));
        return $"dataset {users.Id}, used by {users.Users.Count} documents: one more in its first row, versie 2 (and the documents' pins)";
    }

    /// <summary>"Datum" becomes "Dagtekening" in the kamerbrief's own layout: the same place on every kamerbrief's first page.</summary>
    private static string ChangeKamerbriefLayout(BenchCorpus head, int kamerbrieven)
    {
        var layout = Path.Combine(head.Templates, "print", "kamerbrief.typ");
        var text = File.ReadAllText(layout);
        const string Label = "[Datum], doc.datum,";
        if (!text.Contains(Label, StringComparison.Ordinal))
        {
            throw new RunRefused($"{layout} no longer has '{Label}'; choose another change");
        }

        File.WriteAllText(layout, text.Replace(Label, "[Dagtekening], doc.datum,", StringComparison.Ordinal));
        return $"templates/print/kamerbrief.typ: the label Datum becomes Dagtekening ({kamerbrieven} kamerbrieven)";
    }

    private static string Describe(string root, int documents, int seed, IReadOnlyDictionary<string, int> types, IReadOnlyList<Case> cases)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Review benchmark\n\n{Machine.Describe(Path.Combine(root, "node_modules"))}\n\n")
            .Append(CultureInfo.InvariantCulture, $"{types.Values.Sum()} of {documents} generated documents of 2 to 40 pages (seed {seed}; {string.Join(", ", types.Select(t => $"{t.Value} {t.Key}"))}; 100 datasets), the ones the layout gate refused left out, as main would not hold them. ")
            .Append("Each change is reviewed cold (an empty cache), as the Preview does it: plan, both sides published with only the planned documents, pictures and report. ")
            .Append("Cake's own start and the build check come on top.\n\n")
            .Append("| change | plan | publish both sides (at once) | pictures and report | total | target | met | peak memory |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var c in cases)
        {
            var seconds = c.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Run.Elapsed.TotalSeconds:0.0} s")).ToList();
            md.Append(CultureInfo.InvariantCulture, $"| {c.Name} | {seconds[0]} | {seconds[1]} | {seconds[2]} | {c.Total.TotalSeconds:0.0} s | < {c.Target.TotalSeconds:0} s | {(c.Total < c.Target ? "met" : "not met")} | {c.PeakMiB:0} MiB |\n");
        }

        md.Append('\n');
        foreach (var c in cases)
        {
            md.Append(CultureInfo.InvariantCulture, $"- **{c.Name}**: {c.Change}. Plan: {c.Plan} Review: {c.Review}\n");
        }

        return md.ToString();
    }

    private static string Last(string output, int skip = 0) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse().Skip(skip).FirstOrDefault() ?? string.Empty;

    private static string Slug(string name) => Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"documenten/(?<id>[^/\s]+)/[^:\s]+:\d+:\d+: error IBP0(?:7\d|5\d)", RegexOptions.CultureInvariant)]
    private static partial Regex RefusedDocument();

    [GeneratedRegex("versie: \"[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex Versie();
}
