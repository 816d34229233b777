using System.CommandLine;
using System.Globalization;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad publish</c>: the whole release, or a clear failure that leaves the previous release untouched.</summary>
internal static class PublishCommand
{
    private static readonly Option<string> Cache = new("--cache") { Description = "Where PDFs of earlier runs are kept; an unchanged document is taken from here, not rendered", DefaultValueFactory = _ => ProjectRoot.Default(Path.Combine("artifacts", "cache")) };

    private static readonly Option<int> Parallelism = new("--parallelism") { Description = "Documents rendered at once, each by its own Typst worker (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };

    private static readonly Option<bool> NoCache = new("--no-cache") { Description = "Render every document" };

    private static readonly Option<string?> Commit = new("--commit") { Description = "The source commit, recorded in manifest.json" };

    private static readonly Option<int> RenderTimeout = new("--render-timeout") { Description = "Minutes one layout of one document may take before its worker is stopped and the document fails with IBP051", DefaultValueFactory = _ => 10 };

    private static readonly Option<string?> ShardOption = new("--shard") { Description = "Render only share K of N (K/N, 1-based) into the cache and write no release; 'assemble' makes the release after every share has run" };

    private static readonly Option<bool> Intern = new("--intern") { Description = "The internal build: Woo-marked passages shown and highlighted, INTERN on every page; written to OUTPUT/intern/VERSION/, never a release" };

    private static readonly Option<bool> Concepts = new("--concepts") { Description = "Allow concept documents in the release, each marked CONCEPT on every page; without it a concept is an error (IBP025)" };

    private static readonly Option<string?> DocumentsOption = new("--documents") { Description = "For a review: publish only the documents listed in this file (one id per line, as 'review-plan' writes them); every document is still checked" };

    private static readonly Option<bool> TimingsOption = new("--timings") { Description = "Print where the time went, stage by stage (load, HTML, PDF, writing the release)" };

    public static Command Create()
    {
        var command = new Command("publish", "Publish every document as PDF and HTML, with index.html and manifest.json")
        {
            CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules, CliOptions.Output, CliOptions.Version, Cache, NoCache, Parallelism, ShardOption, Commit, RenderTimeout, Intern, Concepts, TimingsOption, DocumentsOption,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(ShardOption) is { } text && !Shard.TryParse(text, out _))
            {
                result.AddError($"--shard takes K/N with 1 <= K <= N, for example 2/4; got '{text}'");
            }
            else if (result.GetValue(ShardOption) is not null && result.GetValue(Intern))
            {
                result.AddError("--shard fills the release's cache; the internal build is made in one run (leave out --shard)");
            }
            else if (result.GetValue(ShardOption) is not null && result.GetValue(NoCache))
            {
                result.AddError("--shard renders into the cache; it cannot go with --no-cache");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var shard = parse.GetValue(ShardOption) is { } text && Shard.TryParse(text, out var parsed) ? parsed : null;
            var only = parse.GetValue(DocumentsOption) is { } list ? ReadList(list) : null;
            if (only is null && parse.GetValue(DocumentsOption) is not null)
            {
                return ExitCodes.ContentErrors;
            }

            return await RunAsync(Options(parse) with { Shard = shard, Intern = parse.GetValue(Intern), Only = only }, parse.GetValue(TimingsOption), cancellationToken);
        });
        return command;
    }

    /// <summary><c>infoblad assemble</c>: the release from the cache that the shards filled; nothing is rendered.</summary>
    public static Command CreateAssemble()
    {
        var command = new Command("assemble", "Make the release from the cache alone, after every 'publish --shard K/N' of this tree has run; fails if a document is missing (IBP054)")
        {
            CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules, CliOptions.Output, CliOptions.Version, Cache, Commit, Concepts,
        };
        command.SetAction(async (parse, cancellationToken) => await RunAsync(Options(parse) with { AssembleOnly = true }, timings: false, cancellationToken));
        return command;
    }

    private static HashSet<string>? ReadList(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}:1:1: error {Diagnostics.DiagnosticCodes.MissingFile}: the list of documents to publish does not exist");
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
        };

    private static async Task<int> RunAsync(PublishOptions options, bool timings, CancellationToken cancellationToken)
    {
        var result = await PublishProgress.RunAsync(progress => new PublishPipeline().RunAsync(options, Console.Out, progress, cancellationToken));
        var errors = DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (result.Diagnostics.Any(d => d.Code == Diagnostics.DiagnosticCodes.MissingTool))
        {
            // The machine, not the content, is at fault; the line above says what to install.
            Console.Error.WriteLine("nothing was written; the previous release is untouched");
            return ExitCodes.EnvironmentError;
        }

        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"{errors} error(s); nothing was published, the previous release is untouched");
            if (result.RejectedPath is not null)
            {
                Console.Error.WriteLine($"the refused PDFs are in {result.RejectedPath}, to look at the pages named above (not a release)");
            }

            return ExitCodes.ContentErrors;
        }

        Console.WriteLine(result.ReleasePath is null
            ? string.Create(CultureInfo.InvariantCulture, $"shard {options.Shard}: {result.Timings.Count} documents in {result.CachedInto} in {result.Total.TotalSeconds:0.0} s")
            : string.Create(CultureInfo.InvariantCulture, $"published {result.Timings.Count} documents to {result.ReleasePath} in {result.Total.TotalSeconds:0.0} s"));
        if (timings)
        {
            PrintStages(result.Stages);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The lines of <c>--timings</c>: a stage a line, its parts indented under it.</summary>
    public static void PrintStages(IEnumerable<StageTime> stages)
    {
        foreach (var stage in stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(stage.IsPart ? "            " : "  ")}{stage.Elapsed.TotalSeconds,7:0.00} s  {stage.Stage}"));
        }
    }
}
