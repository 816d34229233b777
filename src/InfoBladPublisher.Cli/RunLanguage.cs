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

    /// <summary>From the raw arguments (<c>--lang en</c> or <c>--lang=en</c>), before parsing, so the parser's own checks speak it too; the option's validator refuses a value that is neither.</summary>
    public static void ChooseFrom(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : args[i] == "--lang" && i + 1 < args.Count ? args[i + 1] : null;
            if (Languages.Parse(value) is { } language)
            {
                Current = language;
                return;
            }
        }

        Current = Languages.FromEnvironment();
    }

    /// <summary>A sentence of the CLI's own (a closing line, a hint) in the run's language.</summary>
    public static string Say(string nl, string en) => Current == Language.En ? en : nl;

    /// <summary>A line the library worded in both languages, in the run's.</summary>
    public static string Say(Wording wording) => wording.In(Current);

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
                var shown = value.Length > 20 ? value[..20] + "…" : value;
                result.AddError(Say($"--lang neemt nl of en, niet '{shown}'", $"--lang takes nl or en, not '{shown}'"));
            }
        });
        return option;
    }
}
