using System.CommandLine;
using System.Globalization;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad publish</c>: the whole release, or a clear failure that leaves the previous release untouched.</summary>
internal static class PublishCommand
{
    private static readonly Option<string> Cache = new("--cache") { Description = "Where PDFs of earlier runs are kept; an unchanged document is taken from here, not rendered", DefaultValueFactory = _ => Path.Combine("artifacts", "cache") };

    private static readonly Option<bool> NoCache = new("--no-cache") { Description = "Render every document" };

    public static Command Create()
    {
        var command = new Command("publish", "Publish every document as PDF and HTML, with index.html and manifest.json")
        {
            CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules, CliOptions.Output, CliOptions.Version, CliOptions.Chromium, Cache, NoCache,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new PublishOptions(
                parse.GetValue(CliOptions.Content)!,
                parse.GetValue(CliOptions.Templates)!,
                parse.GetValue(CliOptions.NodeModules)!,
                parse.GetValue(CliOptions.Output)!,
                parse.GetValue(CliOptions.Version)!,
                parse.GetValue(CliOptions.Chromium)!)
            {
                CacheFolder = parse.GetValue(NoCache) ? null : parse.GetValue(Cache),
            };

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

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"published {result.Timings.Count} documents to {result.ReleasePath} in {result.Total.TotalSeconds:0.0} s"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
