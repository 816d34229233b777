using System.CommandLine;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Cli;

/// <summary>
/// The language of this run's messages (issue 33): <c>--lang nl|en</c> on any command, else the
/// <see cref="Languages.EnvironmentVariable"/> setting, else Dutch. Codes, the <c>file:line:col</c> form and the
/// JSON's keys stay the same in both.
/// </summary>
internal static class RunLanguage
{
    public static readonly Option<string?> Option = CreateOption();

    /// <summary>Set once, from the parsed command line, before any command runs.</summary>
    public static Language Current { get; private set; } = Languages.FromEnvironment();

    /// <summary>Adds <c>--lang</c> to every command, so it may stand anywhere after the command's name.</summary>
    public static void AddTo(RootCommand root)
    {
        foreach (var command in root.Subcommands)
        {
            command.Options.Add(Option);
        }
    }

    public static void ChooseFrom(ParseResult parse) =>
        Current = Languages.Parse(parse.GetValue(Option)) ?? Languages.FromEnvironment();

    /// <summary>A sentence of the CLI's own (a closing line, a hint) in the run's language.</summary>
    public static string Say(string nl, string en) => Current == Language.En ? en : nl;

    private static Option<string?> CreateOption()
    {
        var option = new Option<string?>("--lang")
        {
            Description = $"The language of messages: nl (default) or en; without it, {Languages.EnvironmentVariable} decides",
            HelpName = "nl|en",
        };
        option.Validators.Add(result =>
        {
            foreach (var value in result.Tokens.Select(t => t.Value).Where(v => !string.IsNullOrWhiteSpace(v) && Languages.Parse(v) is null))
            {
                result.AddError($"--lang takes nl or en, not '{(value.Length > 20 ? value[..20] + "…" : value)}'");
            }
        });
        return option;
    }
}
