using System.CommandLine;

namespace InfoBladPublisher.Cli;

/// <summary>The command tree, with its shared usage checks and help, and the one way a usage error is printed.</summary>
internal static class CliRoot
{
    public static RootCommand Create()
    {
        var root = new RootCommand("InfoBladPublisher: Rijksoverheid-styled notas, bijlagen and informatiebladen as PDF and HTML")
        {
            PublishCommand.Create(),
            PublishCommand.CreateAssemble(),
            CheckCommand.Create(),
            SnapshotCommand.Create(),
            ReviewCommand.Create(),
            ReviewPlanCommand.Create(),
            NewCommand.Create(),
            SchemasCommand.Create(),
            RenderCommand.Create(),
            ServeCommand.Create(),
            VerifyCommand.Create(),
        };
        RunLanguage.AddTo(root);
        UsageChecks.RefuseEmptyValues(root);
        ExitCodeHelp.AddTo(root);
        return root;
    }

    /// <summary>
    /// A command line the parser refused, as one line on <paramref name="error"/> and <see cref="ExitCodes.ContentErrors"/>;
    /// null when it parsed and the command may run. The parser's own reply (every error, then the whole help) is a
    /// screen of text that hides the one line that matters.
    /// </summary>
    public static int? Refuse(ParseResult parse, TextWriter error)
    {
        if (parse.Errors.Count == 0)
        {
            return null;
        }

        var messages = parse.Errors.Select(e => string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.')).Distinct(StringComparer.Ordinal);
        var help = string.Join(' ', parse.CommandResult.Command.Parents.OfType<Command>().Reverse().Append(parse.CommandResult.Command).Select(c => c.Name).Skip(1).Prepend("infoblad"));
        error.WriteLine(Diagnostics.PrintableText.Escape($"error: {string.Join("; ", messages)} " + RunLanguage.Say($"('{help} --help' noemt de opties)", $"('{help} --help' lists the options)")));
        return ExitCodes.ContentErrors;
    }
}
