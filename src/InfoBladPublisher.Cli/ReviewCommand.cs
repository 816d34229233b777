using InfoBladPublisher.Rendering.Browser;
using System.CommandLine;
using InfoBladPublisher.Review;
using InfoBladPublisher.Review.Report;
using InfoBladPublisher.Review.Selection;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad review</c>: compares two published releases and writes the reviewers' report.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var baseRelease = new Option<string>("--base") { Description = "The release to compare against (may be missing: then every document is new)", Required = true };
        var headRelease = new Option<string>("--head") { Description = "The release under review (may be missing when the plan rendered nothing, or the head's publish failed)", Required = true };
        var output = new Option<string>("--output") { Description = "The report folder", DefaultValueFactory = _ => ProjectRoot.Default(Path.Combine("artifacts", "preview")) };
        var baseLabel = new Option<string>("--base-label") { Description = "How the report names the base (a git ref)", DefaultValueFactory = _ => "basis" };
        var planFile = new Option<string?>("--plan") { Description = "The review plan (review-plan's plan.json): documents it did not render are listed as having the same inputs" };
        var headLog = new Option<string?>("--head-log") { Description = "What the head's publish printed: its errors and warnings lead the summary" };
        var command = new Command("review", "Compare two releases page by page and write a static report")
        {
            baseRelease, headRelease, output, baseLabel, planFile, headLog, CliOptions.Chromium,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(planFile) is { } missing && !File.Exists(missing))
            {
                Console.Error.WriteLine(Diagnostics.PrintableText.Escape($"{missing}:1:1: error {Diagnostics.DiagnosticCodes.MissingFile}: {RunLanguage.Say("het reviewplan bestaat niet (review-plan schrijft het)", "the review plan does not exist (review-plan writes it)")}"));
                return ExitCodes.ContentErrors;
            }

            ReviewPlan? plan;
            try
            {
                plan = parse.GetValue(planFile) is { } path ? ReviewPlan.Parse(File.ReadAllBytes(path)) : null;
            }
            catch (System.Text.Json.JsonException ex)
            {
                Console.Error.WriteLine(Diagnostics.PrintableText.Escape($"{parse.GetValue(planFile)}:1:1: error {Diagnostics.DiagnosticCodes.InvalidValue}: {RunLanguage.Say("geen reviewplan", "not a review plan")} ({ex.Message.Split('\n', 2)[0]})"));
                return ExitCodes.ContentErrors;
            }

            var problems = parse.GetValue(headLog) is { } log && File.Exists(log) ? HeadProblems.Read(File.ReadAllLines(log)) : [];
            var diagnostics = new Diagnostics.DiagnosticBag();
            if (!PublicReleases.Check(parse.GetValue(baseRelease)!, parse.GetValue(headRelease)!, diagnostics))
            {
                DiagnosticPrinter.Print(diagnostics.ToSortedList(), Console.Error);
                return ExitCodes.ContentErrors;
            }

            var options = new BrowserOptions(parse.GetValue(CliOptions.Chromium)!);
            return await BrowserRun.RunAsync(options, async browser =>
            {
                var (basePath, headPath) = (parse.GetValue(baseRelease)!, parse.GetValue(headRelease)!);
                var same = SameOutputs.Between(basePath, headPath);
                var (before, after) = await ReleaseSideReader.ReadBothAsync(basePath, headPath, browser, same, cancellationToken);
                var comparison = ReleaseComparer.Compare(before, after, VisualTolerance.Default, plan, same);
                var folder = parse.GetValue(output)!;
                ReportWriter.Write(comparison, folder, parse.GetValue(baseLabel)!, "werkkopie", problems);
                var (changed, added, removed, unchanged) = (comparison.Count(DocumentChange.Changed), comparison.Count(DocumentChange.Added), comparison.Count(DocumentChange.Removed), comparison.Count(DocumentChange.Unchanged));
                var (inputs, bytes) = (comparison.Count(Sameness.SameInputs), comparison.Count(Sameness.SameBytes));
                var pages = Pages(comparison);
                Console.WriteLine(RunLanguage.Say(
                    $"{changed} gewijzigd, {added} toegevoegd, {removed} verwijderd, {unchanged} ongewijzigd ({inputs} met dezelfde invoer, {bytes} byte voor byte gelijk); {pages.Nl}",
                    $"{changed} changed, {added} added, {removed} removed, {unchanged} unchanged ({inputs} same inputs, {bytes} same bytes); {pages.En}"));
                Console.WriteLine(RunLanguage.Say("rapport: ", "report: ") + Path.Combine(folder, ReportWriter.IndexFile));
            });
        });
        return command;
    }

    /// <summary>"11 pages changed, 6 of them in 2 groups of the same change": only groups of two or more are groups.</summary>
    private static Diagnostics.Wording Pages(ReleaseComparison comparison)
    {
        var changed = Diagnostics.CountedNoun.Pages.Of(comparison.ChangedPageCount);
        var pages = new Diagnostics.Wording(changed.Nl + " gewijzigd", changed.En + " changed");
        if (comparison.Groups.Count == 0)
        {
            return pages;
        }

        var (inGroups, groups) = (comparison.Groups.Sum(g => g.Members.Count), Diagnostics.CountedNoun.Groups.Of(comparison.Groups.Count));
        return new($"{pages.Nl}, {inGroups} daarvan in {groups.Nl} met dezelfde wijziging", $"{pages.En}, {inGroups} of them in {groups.En} of the same change");
    }
}
