using System.CommandLine;
using System.Globalization;

namespace InfoBladPublisher.Cli;

/// <summary>
/// Usage mistakes every command shares, refused by the parser as one line with exit code 1 (no stack trace):
/// an empty value for an option or an argument that names a folder, a file, a label or an id, a value too long
/// for any path, a control character, and a number out of its option's range.
/// </summary>
internal static class UsageChecks
{
    /// <summary>The longest path Linux takes (PATH_MAX); no folder, file, label or id of ours comes near it.</summary>
    public const int MaxValueLength = 4096;

    private static readonly Dictionary<Option<int>, (int Min, int Max)> Ranges = [];

    /// <summary>The range a number option takes, for its description and for the tests that try the values just outside it.</summary>
    public static (int Min, int Max)? RangeOf(Option<int> option)
    {
        lock (Ranges)
        {
            return Ranges.TryGetValue(option, out var range) ? range : null;
        }
    }

    /// <summary>A number option refuses what lies outside min..max as a usage error, not a crash or a silent clamp.</summary>
    public static Option<int> InRange(this Option<int> option, int min, int max)
    {
        lock (Ranges)
        {
            Ranges[option] = (min, max);
        }

        option.Validators.Add(result =>
        {
            // A value that is not a number is the parser's own error; reading it here would throw.
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && (number < min || number > max))
            {
                result.AddError(RunLanguage.Say($"{option.Name} moet {min} tot en met {max} zijn, niet {number}", $"{option.Name} must be {min} to {max}, not {number}"));
            }
        });
        return option;
    }

    public static void RefuseEmptyValues(Command command) => RefuseEmptyValues(command, []);

    /// <param name="seen">Options several commands share get their check once.</param>
    private static void RefuseEmptyValues(Command command, HashSet<Symbol> seen)
    {
        foreach (var option in command.Options.Where(seen.Add))
        {
            switch (option)
            {
                case Option<string> or Option<string?> or Option<string[]>:
                    option.Validators.Add(result => Check(result, RunLanguage.Say(option.Name + " heeft een waarde nodig, geen lege", option.Name + " needs a value, not an empty one"), option.Name));
                    break;
            }
        }

        foreach (var argument in command.Arguments.Where(seen.Add))
        {
            argument.Validators.Add(result => Check(result, RunLanguage.Say($"{argument.Name} mag niet leeg zijn", $"the {argument.Name} must not be empty"), RunLanguage.Say(argument.Name, "the " + argument.Name)));
        }

        foreach (var sub in command.Subcommands)
        {
            RefuseEmptyValues(sub, seen);
        }
    }

    private static void Check(System.CommandLine.Parsing.SymbolResult result, string empty, string name)
    {
        foreach (var value in result.Tokens.Select(t => t.Value))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                result.AddError(empty);
            }
            else if (value.Length > MaxValueLength)
            {
                result.AddError(RunLanguage.Say($"{name} is {value.Length} tekens lang; een pad, naam of label heeft hier hoogstens {MaxValueLength} tekens", $"{name} is {value.Length} characters long; a path, name or label here has at most {MaxValueLength}"));
            }
            else if (value.Any(char.IsControl))
            {
                result.AddError(RunLanguage.Say($"{name} bevat een stuurteken (U+{(int)value.First(char.IsControl):X4}), dat geen pad, naam of label heeft", $"{name} holds a control character (U+{(int)value.First(char.IsControl):X4}), which no path, name or label has"));
            }
        }
    }
}
