using System.CommandLine;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Cli;

/// <summary><c>infoblad check</c>: every content and template problem in one pass, in about a second; no browser.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Check content and templates and report every problem; writes nothing")
        {
            CliOptions.Content, CliOptions.Templates, CliOptions.NodeModules,
        };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var checkedCount = CheckPipeline.Run(parse.GetValue(CliOptions.Content)!, parse.GetValue(CliOptions.Templates)!, parse.GetValue(CliOptions.NodeModules)!, diagnostics);
            var errors = DiagnosticPrinter.Print(diagnostics.ToSortedList(), Console.Error);
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
