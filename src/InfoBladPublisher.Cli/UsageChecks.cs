using System.CommandLine;

namespace InfoBladPublisher.Cli;

/// <summary>
/// Usage mistakes every command shares, refused by the parser as one line with exit code 1 (no stack trace):
/// an empty value for an option or an argument that names a folder, a file, a label or an id.
/// </summary>
internal static class UsageChecks
{
    public static void RefuseEmptyValues(Command command) => RefuseEmptyValues(command, []);

    /// <param name="seen">Options several commands share get their check once.</param>
    private static void RefuseEmptyValues(Command command, HashSet<Symbol> seen)
    {
        foreach (var option in command.Options.Where(seen.Add))
        {
            switch (option)
            {
                case Option<string> or Option<string?> or Option<string[]>:
                    option.Validators.Add(result =>
                    {
                        if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
                        {
                            result.AddError($"{option.Name} needs a value, not an empty one");
                        }
                    });
                    break;
            }
        }

        foreach (var argument in command.Arguments.Where(seen.Add))
        {
            argument.Validators.Add(result =>
            {
                if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
                {
                    result.AddError($"the {argument.Name} must not be empty");
                }
            });
        }

        foreach (var sub in command.Subcommands)
        {
            RefuseEmptyValues(sub, seen);
        }
    }
}
