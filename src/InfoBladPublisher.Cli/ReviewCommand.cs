using InfoBladPublisher.Rendering.Browser;
using System.CommandLine;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.Review;
using InfoBladPublisher.Review.Report;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad review</c>: compares two published releases and writes the reviewers' report.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var baseRelease = new Option<string>("--base") { Description = "The release to compare against (may be missing: then every document is new)", Required = true };
        var headRelease = new Option<string>("--head") { Description = "The release under review", Required = true };
        var output = new Option<string>("--output") { Description = "The report folder", DefaultValueFactory = _ => Path.Combine("artifacts", "preview") };
        var baseLabel = new Option<string>("--base-label") { Description = "How the report names the base (a git ref)", DefaultValueFactory = _ => "basis" };
        var command = new Command("review", "Compare two releases page by page and write a static report")
        {
            baseRelease, headRelease, output, baseLabel, CliOptions.NodeModules, CliOptions.Chromium,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BrowserOptions(parse.GetValue(CliOptions.Chromium)!, parse.GetValue(CliOptions.NodeModules)!, TimeSpan.FromMinutes(2));
            return await BrowserRun.RunAsync(options, async browser =>
            {
                var before = await ReleaseSideReader.ReadAsync(parse.GetValue(baseRelease)!, browser, cancellationToken);
                var after = await ReleaseSideReader.ReadAsync(parse.GetValue(headRelease)!, browser, cancellationToken);
                var comparison = ReleaseComparer.Compare(before, after, VisualTolerance.Default);
                var folder = parse.GetValue(output)!;
                ReportWriter.Write(comparison, folder, parse.GetValue(baseLabel)!, "werkkopie");
                Console.WriteLine($"{comparison.Count(DocumentChange.Changed)} changed, {comparison.Count(DocumentChange.Added)} added, {comparison.Count(DocumentChange.Removed)} removed, {comparison.Count(DocumentChange.Unchanged)} unchanged; {comparison.ChangedPageCount} pages changed");
                Console.WriteLine($"report: {Path.Combine(folder, ReportWriter.IndexFile)}");
            });
        });
        return command;
    }
}
