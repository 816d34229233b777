using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace InfoBladPublisher.Cli;

/// <summary>Every command's <c>--help</c> ends with the exit codes, written from <see cref="ExitCodes.All"/> so the help cannot drift from the code.</summary>
internal sealed class ExitCodeHelp(SynchronousCommandLineAction help) : SynchronousCommandLineAction
{
    public const string Heading = "Exit codes:";

    /// <summary>The help option is shared by every subcommand, so wrapping the root's covers them all.</summary>
    public static void AddTo(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        if (option.Action is SynchronousCommandLineAction help)
        {
            option.Action = new ExitCodeHelp(help);
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var exit = help.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(Heading);
        foreach (var code in ExitCodes.All)
        {
            output.WriteLine($"  {code.Code}  {code.Meaning}");
        }

        output.WriteLine();
        return exit;
    }
}
