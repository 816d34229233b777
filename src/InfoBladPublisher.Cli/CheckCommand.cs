using System.CommandLine;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad check</c>: every content and template problem in one pass, in about a second; no browser, no fonts needed.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Check content and templates and report every problem; writes nothing")
        {
            CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules, CliOptions.Format,
        };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var checkedCount = CheckPipeline.Run(parse.GetValue(CliOptions.Content)!, parse.GetValue(CliOptions.Templates)!, parse.GetValue(CliOptions.NodeModules)!, diagnostics);
            var found = diagnostics.ToSortedList();
            if (parse.GetValue(CliOptions.Format) == CliOptions.JsonFormat)
            {
                DiagnosticPrinter.PrintJson(found, checkedCount, Console.Out);
                return checkedCount is null || diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
            }

            var errors = DiagnosticPrinter.Print(found, Console.Error);
            if (checkedCount is null || errors > 0)
            {
                Console.Error.WriteLine($"{errors} error(s); nothing was written");
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine($"{checkedCount} documents checked, no errors");
            return ExitCodes.Ok;
        });
        return command;
    }
}
