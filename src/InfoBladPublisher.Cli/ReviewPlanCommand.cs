using System.CommandLine;
using InfoBladPublisher.Review.Selection;

namespace InfoBladPublisher.Cli;

/// <summary>
/// <c>infoblad review-plan</c>: which documents a review must render, decided from their inputs on both sides
/// without rendering anything. Writes plan.json (every document, and what changed for each) and the two lists
/// that <c>publish --documents</c> reads.
/// </summary>
internal static class ReviewPlanCommand
{
    public const string BaseList = "base-documents.txt";
    public const string HeadList = "head-documents.txt";

    public static Command Create()
    {
        var baseContent = new Option<string>("--base-content") { Description = "The base's content folder (may be missing: every head document is then new)", Required = true };
        var baseTemplates = new Option<string>("--base-templates") { Description = "The base's template folder", Required = true };
        var headContent = new Option<string>("--head-content") { Description = "The head's content folder", Required = true };
        var headTemplates = new Option<string>("--head-templates") { Description = "The head's template folder", Required = true };
        var output = new Option<string>("--output") { Description = "Where plan.json and the two lists go", Required = true };
        var command = new Command("review-plan", "Decide from each document's inputs which documents can differ between two trees; nothing is rendered")
        {
            baseContent, baseTemplates, headContent, headTemplates, output,
        };
        command.SetAction(parse =>
        {
            var plan = ReviewPlan.Compare(
                SideInputs.Read(parse.GetValue(baseContent)!, parse.GetValue(baseTemplates)!),
                SideInputs.Read(parse.GetValue(headContent)!, parse.GetValue(headTemplates)!));
            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, ReviewPlan.FileName), plan.ToJson());
            File.WriteAllLines(Path.Combine(folder, BaseList), plan.BaseDocuments);
            File.WriteAllLines(Path.Combine(folder, HeadList), plan.HeadDocuments);
            var same = plan.Documents.Count(d => d.Change == PlannedChange.SameInputs);
            var (all, differ) = (Diagnostics.CountedNoun.Documents.Of(plan.Documents.Count), plan.Documents.Count - same);
            Console.WriteLine(RunLanguage.Say(
                $"{all.Nl}: {differ} {(differ == 1 ? "kan" : "kunnen")} verschillen (te maken: {plan.BaseDocuments.Count} van de basis, {plan.HeadDocuments.Count} van de nieuwe versie), {same} {(same == 1 ? "heeft" : "hebben")} aan beide kanten dezelfde invoer",
                $"{all.En}: {differ} can differ (render {plan.BaseDocuments.Count} of the base, {plan.HeadDocuments.Count} of the head), {same} have the same inputs on both sides"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
