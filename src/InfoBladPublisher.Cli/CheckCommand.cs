using System.CommandLine;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad check</c>: every content and template problem in one pass, in about a second; no browser, no fonts needed.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Only report problems in these files or folders (everything is still checked, as links and datasets cross documents)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("check", "Check content and templates and report every problem; writes nothing")
        {
            paths, CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules, CliOptions.Format,
        };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var content = parse.GetValue(CliOptions.Content)!;
            var templates = parse.GetValue(CliOptions.Templates)!;
            var only = parse.GetValue(paths) ?? [];
            var checkedCount = CheckPipeline.Run(content, templates, parse.GetValue(CliOptions.NodeModules)!, diagnostics);
            diagnostics.AddRange(DiagnosticFilter.Unplaced(only, content, templates));
            var found = DiagnosticFilter.Under(diagnostics.ToSortedList(), only);
            if (parse.GetValue(CliOptions.Format) == CliOptions.JsonFormat)
            {
                DiagnosticPrinter.PrintJson(found, checkedCount, Console.Out);
                return checkedCount is null || diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
            }

            var errors = DiagnosticPrinter.Print(found, Console.Error);
            if (checkedCount is null || errors > 0)
            {
                var elsewhere = diagnostics.ErrorCount - errors;
                Console.Error.WriteLine(elsewhere > 0
                    ? RunLanguage.Say($"{errors} fout(en) hier te herstellen, {elsewhere} elders (check zonder paden toont ze)", $"{errors} error(s) to fix here, {elsewhere} elsewhere (run check without paths to see them)")
                    : RunLanguage.Say($"{errors} fout(en) te herstellen", $"{errors} error(s) to fix"));
                // Said once, not per document: the page checks need a page, and a document with errors gets none.
                Console.Error.WriteLine(RunLanguage.Say(
                    $"zijn deze hersteld, dan zet check ook de pagina: woorden te breed voor de kolom, tekens die de lettertypen missen ({string.Join(", ", CheckPipeline.OnThePage)})",
                    $"once these are fixed, check also lays out the page: words too wide for the column, characters the fonts lack ({string.Join(", ", CheckPipeline.OnThePage)})"));
                return ExitCodes.ContentErrors;
            }

            var documents = CountedNoun.Documents.Of(checkedCount.Value);
            Console.WriteLine(RunLanguage.Say($"{documents.Nl} gecontroleerd, geen fouten", $"{documents.En} checked, no errors"));
            Console.WriteLine(RunLanguage.Say(
                $"hier niet beoordeeld: de paginaregels ({string.Join(", ", CheckPipeline.NotJudged)}) hebben de gezette pagina's nodig; publish of render beoordeelt ze (in de inhoud vindt check al tekens die de lettertypen missen, IBP074, en overgeslagen kopniveaus, IBP079)",
                $"not judged here: the page rules ({string.Join(", ", CheckPipeline.NotJudged)}) need the laid-out pages; publish or render judges them (in the content, check already finds characters the fonts lack, IBP074, and skipped heading levels, IBP079)"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
