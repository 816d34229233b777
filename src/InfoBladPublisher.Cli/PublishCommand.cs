using System.CommandLine;
using System.Globalization;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad publish</c>: the whole release, or a clear failure that leaves the previous release untouched.</summary>
internal static class PublishCommand
{
    private static readonly Option<string> Cache = new("--cache") { Description = "Where PDFs of earlier runs are kept; an unchanged document is taken from here, not rendered", DefaultValueFactory = _ => ProjectRoot.Default(Path.Combine("artifacts", "cache")) };

    private static readonly Option<int> Parallelism = new Option<int>("--parallelism") { Description = "Documents rendered at once, each by its own Typst worker, 1 to 64 (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount }.InRange(1, 64);

    private static readonly Option<bool> NoCache = new("--no-cache") { Description = "Render every document" };

    private static readonly Option<string?> Commit = new("--commit") { Description = "The source commit, recorded in manifest.json" };

    private static readonly Option<int> RenderTimeout = new Option<int>("--render-timeout") { Description = "Minutes one layout of one document may take before its worker is stopped and the document fails with IBP051, 1 to 1440", DefaultValueFactory = _ => 10 }.InRange(1, 1440);

    private static readonly Option<string?> ShardOption = new("--shard") { Description = "Render only share K of N (K/N, 1-based) into the cache and write no release; 'assemble' makes the release after every share has run" };

    private static readonly Option<bool> Intern = new("--intern") { Description = "The internal build: Woo-marked passages shown and highlighted, INTERN on every page; written to OUTPUT/intern/VERSION/, never a release" };

    private static readonly Option<bool> Concepts = new("--concepts") { Description = "Allow concept documents in the release, each marked CONCEPT on every page; without it a concept is an error (IBP025)" };

    private static readonly Option<string?> BaseUrlOption = new("--base-url") { Description = "Where the release will be online (https://...); the DiWoo sitemaps and robots.txt name their addresses from it. Without it they carry a placeholder, and the build says so" };

    private static readonly Option<string?> DocumentsOption = new("--documents") { Description = "For a review: publish only the documents listed in this file (one id per line, as 'review-plan' writes them); every document is still checked" };

    private static readonly Option<bool> TimingsOption = new("--timings") { Description = "Print where the time went, stage by stage (load, HTML, PDF, writing the release)" };

    private static readonly Option<string?> WorkTreeChanges = new("--worktree-changes") { Description = "A file listing the tracked files that differ from --commit, one per line (Cake writes it with git; empty for a clean tree); manifest.json records the work tree as clean or dirty. Without it the manifest says 'unknown'" };

    private static readonly Option<bool> Replace = new("--replace") { Description = "Replace the release of this version when its files differ (manifest.json records what it replaced); without it that is refused (IBP058, exit code 3)" };

    public static Command Create()
    {
        var command = new Command("publish", "Publish every document as PDF and HTML, with index.html and manifest.json")
        {
            CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules, CliOptions.Output, CliOptions.Version, Cache, NoCache, Parallelism, ShardOption, Commit, RenderTimeout, Intern, Concepts, TimingsOption, DocumentsOption, Replace, WorkTreeChanges, BaseUrlOption,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(ShardOption) is { } text && !Shard.TryParse(text, out _))
            {
                result.AddError(RunLanguage.Say($"--shard neemt K/N met 1 <= K <= N, bijvoorbeeld 2/4; gekregen: '{text}'", $"--shard takes K/N with 1 <= K <= N, for example 2/4; got '{text}'"));
            }
            else if (result.GetValue(ShardOption) is not null && result.GetValue(Intern))
            {
                result.AddError(RunLanguage.Say("--shard vult de cache van de release; de interne build wordt in één keer gemaakt (laat --shard weg)", "--shard fills the release's cache; the internal build is made in one run (leave out --shard)"));
            }
            else if (result.GetValue(ShardOption) is not null && result.GetValue(NoCache))
            {
                result.AddError(RunLanguage.Say("--shard zet in de cache; het kan niet samen met --no-cache", "--shard renders into the cache; it cannot go with --no-cache"));
            }

            AddBaseUrlError(result);
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var shard = parse.GetValue(ShardOption) is { } text && Shard.TryParse(text, out var parsed) ? parsed : null;
            var only = parse.GetValue(DocumentsOption) is { } list ? ReadList(list, new("de lijst van te publiceren documenten", "the list of documents to publish")) : null;
            if ((only is null && parse.GetValue(DocumentsOption) is not null) || !TryWorkTree(parse, out var changes))
            {
                return ExitCodes.ContentErrors;
            }

            return await RunAsync(Options(parse) with { Shard = shard, Intern = parse.GetValue(Intern), Only = only, WorkTreeChanges = changes }, parse.GetValue(TimingsOption), cancellationToken);
        });
        return command;
    }

    /// <summary><c>infoblad assemble</c>: the release from the cache that the shards filled; nothing is rendered.</summary>
    public static Command CreateAssemble()
    {
        var command = new Command("assemble", "Make the release from the cache alone, after every 'publish --shard K/N' of this tree has run; fails if a document is missing (IBP054)")
        {
            CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules, CliOptions.Output, CliOptions.Version, Cache, Commit, Concepts, Replace, WorkTreeChanges, BaseUrlOption,
        };
        command.Validators.Add(AddBaseUrlError);
        command.SetAction(async (parse, cancellationToken) => TryWorkTree(parse, out var changes)
            ? await RunAsync(Options(parse) with { AssembleOnly = true, WorkTreeChanges = changes }, timings: false, cancellationToken)
            : ExitCodes.ContentErrors);
        return command;
    }

    /// <summary>The work tree's changed files from <c>--worktree-changes</c>: null (unknown) without it, false when its file is missing.</summary>
    private static bool TryWorkTree(ParseResult parse, out IReadOnlyList<string>? changes)
    {
        changes = null;
        if (parse.GetValue(WorkTreeChanges) is not { } path)
        {
            return true;
        }

        changes = ReadList(path, new("de lijst van bestanden die afwijken van de commit", "the list of files that differ from the commit"))?.ToList();
        return changes is not null;
    }

    private static HashSet<string>? ReadList(string path, Diagnostics.Wording what)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}:1:1: error {Diagnostics.DiagnosticCodes.MissingFile}: {RunLanguage.Say(what.Nl + " bestaat niet", what.En + " does not exist")}");
            return null;
        }

        return File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    private static PublishOptions Options(ParseResult parse) =>
        new PublishOptions(
            parse.GetValue(CliOptions.Content)!,
            parse.GetValue(CliOptions.Templates)!,
            parse.GetValue(CliOptions.NodeModules)!,
            parse.GetValue(CliOptions.Output)!,
            parse.GetValue(CliOptions.Version)!,
            parse.GetValue(Parallelism))
        {
            CacheFolder = parse.GetValue(NoCache) ? null : parse.GetValue(Cache),
            Commit = parse.GetValue(Commit),
            RenderTimeout = TimeSpan.FromMinutes(Math.Max(1, parse.GetValue(RenderTimeout))),
            Concepts = parse.GetValue(Concepts),
            BaseUrl = parse.GetValue(BaseUrlOption) is { } url ? InfoBladPublisher.Publishing.SiteAddress.Normalise(url) : null,
            Replace = parse.GetValue(Replace),
            Language = RunLanguage.Current,
        };

    private static void AddBaseUrlError(System.CommandLine.Parsing.CommandResult result)
    {
        if (result.GetValue(BaseUrlOption) is { } url && InfoBladPublisher.Publishing.SiteAddress.Normalise(url) is null)
        {
            result.AddError(RunLanguage.Say(
                $"--base-url neemt het adres dat de release online krijgt, zoals https://open.example.nl/releases/2026.12/ (http of https, geen query); gekregen: '{url}'",
                $"--base-url takes the address the release will have online, such as https://open.example.nl/releases/2026.12/ (http or https, no query); got '{url}'"));
        }
    }

    private static async Task<int> RunAsync(PublishOptions options, bool timings, CancellationToken cancellationToken)
    {
        var result = await PublishProgress.RunAsync(progress => new PublishPipeline().RunAsync(options, Console.Out, progress, cancellationToken));
        var errors = DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (result.Diagnostics.Any(d => d.Code == Diagnostics.DiagnosticCodes.MissingTool))
        {
            // The machine, not the content, is at fault; the line above says what to install.
            Console.Error.WriteLine(RunLanguage.Say("er is niets geschreven; de vorige release is onaangeroerd", "nothing was written; the previous release is untouched"));
            return ExitCodes.EnvironmentError;
        }

        if (!result.Succeeded)
        {
            Console.Error.WriteLine(RunLanguage.Say($"{errors} fout(en); er is niets gepubliceerd, de vorige release is onaangeroerd", $"{errors} error(s); nothing was published, the previous release is untouched"));
            if (result.RejectedPath is not null)
            {
                Console.Error.WriteLine(RunLanguage.Say($"de afgekeurde pdf's staan in {result.RejectedPath}, om de genoemde pagina's te bekijken (geen release)", $"the refused PDFs are in {result.RejectedPath}, to look at the pages named above (not a release)"));
            }

            return result.Outcome == PublishOutcome.Refused ? ExitCodes.ReleaseExists : ExitCodes.ContentErrors;
        }

        Console.WriteLine(ClosingLine(result, options));
        if (timings)
        {
            PrintStages(result.Stages);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The run's one closing line, from what it did.</summary>
    private static string ClosingLine(PublishResult result, PublishOptions options)
    {
        var n = Diagnostics.CountedNoun.Documents.Of(result.Timings.Count);
        var s = RunLanguage.Say(Text.DutchNumber.SecondsWorded(result.Total));
        var difference = result.Difference?.Worded();
        return result.Outcome switch
        {
            PublishOutcome.Sharded => RunLanguage.Say($"deel {options.Shard}: {n.Nl} in {result.CachedInto} in {s} s", $"shard {options.Shard}: {n.En} in {result.CachedInto} in {s} s"),
            PublishOutcome.UpToDate => RunLanguage.Say(
                $"release {options.Version} is al actueel ({n.Nl}, elk bestand vergeleken met het manifest); er is niets te doen",
                $"release {options.Version} is up to date ({n.En}, every file checked against its manifest); nothing to do"),
            PublishOutcome.Replaced => RunLanguage.Say(
                $"release {options.Version} in {result.ReleasePath} vervangen ({difference?.Nl}; vastgelegd in het manifest) in {s} s",
                $"replaced release {options.Version} in {result.ReleasePath} ({difference?.En}; recorded in its manifest) in {s} s"),
            PublishOutcome.Restored => RunLanguage.Say(
                $"release {options.Version} in {result.ReleasePath} hersteld: de bestanden waren op schijf veranderd; {n.Nl} opnieuw geschreven zoals gepubliceerd, in {s} s",
                $"restored release {options.Version} in {result.ReleasePath}: its files had been changed on disk; {n.En} written again as published, in {s} s"),
            _ => RunLanguage.Say($"{n.Nl} gepubliceerd naar {result.ReleasePath} in {s} s", $"published {n.En} to {result.ReleasePath} in {s} s"),
        };
    }

    /// <summary>
    /// The lines of <c>--timings</c>: a stage a line, its parts indented under it. They stay in English with a
    /// decimal point in both languages: developer figures, compared with docs/performance.md and the benchmark's.
    /// </summary>
    public static void PrintStages(IEnumerable<StageTime> stages)
    {
        foreach (var stage in stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(stage.IsPart ? "            " : "  ")}{stage.Elapsed.TotalSeconds,7:0.00} s  {stage.Stage}"));
        }
    }
}
