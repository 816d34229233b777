using System.CommandLine;
using System.Text.RegularExpressions;
using InfoBladPublisher.Cli;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>The in-process CLI runs change the working folder and the console, so nothing may run beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessCli
{
    public const string Name = "the CLI in-process (working folder and console)";
}

/// <summary>
/// Usage mistakes on the command line (issue 33): an empty value for a path, a slug, a label; a port that is
/// not a number or out of range. Each is a one-line message and exit code 1, never a stack trace. Every option
/// and argument of every command, read from the CLI's own definitions, gets an empty, negative, huge,
/// non-numeric and out-of-range value, so a new option is tried without anyone adding it here.
/// </summary>
[Collection(InProcessCli.Name)]
public sealed partial class CliUsageTests
{
    /// <summary>Each mistake as its arguments, joined by '|' (an empty argument is an empty piece).</summary>
    public static TheoryData<string> Mistakes => new()
    {
        "check|",
        "check|--content|",
        "check|--templates| ",
        "publish|--content|",
        "publish|--output|",
        "publish|--node-modules|",
        "assemble|--templates|",
        "render|nota|--out|",
        "render|",
        "verify|",
        "new|nota|",
        "serve|--port|abc",
        "serve|--port|",
        "serve|--port|-1",
        "serve|--port|70000",
        "serve|--port|99999999999",
        "serve|--content|",
        "review|--base||--head|x",
        "review-plan|--base-content||--base-templates|t|--head-content|c|--head-templates|t|--output|o",
        "snapshot|--release||--output|o",
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_usage_mistake_Should_be_one_line_and_exit_code_1(string mistake)
    {
        var args = mistake.Split('|');
        var (exit, stdout, stderr) = CliProcess.RunWithin(TimeSpan.FromSeconds(60), args);

        var printed = (stdout + stderr).Trim();
        Assert.Equal(1, exit);
        Assert.DoesNotContain("Unhandled", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        Assert.Single(printed.Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(RepoPaths.Content, "documenten", DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "-")), "new wrote a folder with an empty slug");
    }

    /// <summary>The kinds of bad value every option and argument is given.</summary>
    public static readonly string[] Kinds = ["empty", "negative", "huge", "non-numeric", "out-of-range"];

    private static readonly RootCommand Root = CliRoot.Create();

    /// <summary>Every command, every option and argument it has (help aside), every kind of bad value.</summary>
    public static TheoryData<string, string, string> EveryOptionAndValue()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var command in Root.Subcommands)
        {
            foreach (var symbol in Symbols(command))
            {
                foreach (var kind in Kinds)
                {
                    data.Add(command.Name, symbol.Name, kind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOptionAndValue))]
    public async Task Every_option_of_every_command_Should_meet_a_bad_value_with_a_one_line_diagnostic_and_a_documented_exit_code(string commandName, string symbolName, string kind)
    {
        // Given the command line with the bad value, and placeholders for what else the command requires
        var command = Root.Subcommands.Single(c => c.Name == commandName);
        var symbol = Symbols(command).Single(s => s.Name == symbolName);
        var args = Arguments(command, symbol, ValueOf(symbol, kind));

        // When it is parsed and, if the parser takes the value (a name like "abc" is a legal path), run in an
        // empty folder, where no content, release or tool is found, so nothing is rendered or started for real
        var (exit, output, error) = await RunAsync(args);

        // Then there is no stack trace, each problem is one diagnostic line, and the exit code is a documented one
        var printed = output + error;
        var line = string.Join(' ', args.Select(a => a.Length > 40 ? a[..40] + "…" : a));
        Assert.False(printed.Contains("Unhandled", StringComparison.Ordinal) || printed.Contains("   at ", StringComparison.Ordinal), $"{line}: a stack trace\n{printed}");
        Assert.Contains(exit, ExitCodes.All.Select(c => c.Code));
        if (exit != ExitCodes.Ok)
        {
            Assert.NotEqual(ExitCodes.ReleaseExists, exit);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.True(lines.Any(l => DiagnosticLine().IsMatch(l)), $"{line}: no diagnostic line\n{printed}");
            if (UsageRefused(args))
            {
                Assert.True(lines.Length == 1 && output.Length == 0, $"{line}: a usage error of more than one line\n{printed}");
                Assert.Equal(ExitCodes.ContentErrors, exit);
            }
        }
    }

    [Fact]
    public void Every_number_option_Should_have_a_range_and_every_kind_of_bad_value_Should_be_refused_by_the_parser()
    {
        var numbers = Root.Subcommands.SelectMany(c => c.Options.OfType<Option<int>>().Select(o => (c, o))).ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.NotNull(UsageChecks.RangeOf(n.o)));
        Assert.All(numbers.SelectMany(n => Kinds.Select(kind => Arguments(n.c, n.o, ValueOf(n.o, kind)))), args => Assert.True(UsageRefused(args), string.Join(' ', args)));
    }

    private static IEnumerable<Symbol> Symbols(Command command) =>
        command.Options.Where(o => o is not System.CommandLine.Help.HelpOption and not VersionOption).Cast<Symbol>().Concat(command.Arguments);

    private static string ValueOf(Symbol symbol, string kind) => kind switch
    {
        "empty" => string.Empty,
        "negative" => "-1",
        "huge" => new string('9', 5000),
        "non-numeric" => "abc",
        _ => symbol is Option<int> number && UsageChecks.RangeOf(number) is { } range
            ? (range.Max + 1L).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "a\u0007b", // out of every name's characters
    };

    /// <summary>The command, the bad value in its place, and "x" for each other required option and argument.</summary>
    private static string[] Arguments(Command command, Symbol bad, string value)
    {
        var args = new List<string> { command.Name };
        foreach (var argument in command.Arguments)
        {
            if (argument == bad)
            {
                args.Add(value);
            }
            else if (argument.Arity.MinimumNumberOfValues > 0)
            {
                args.Add("x");
            }
        }

        foreach (var option in command.Options)
        {
            if (option == bad)
            {
                args.AddRange([option.Name, value]);
            }
            else if (option.Required)
            {
                args.AddRange([option.Name, "x"]);
            }
        }

        return [.. args];
    }

    private static bool UsageRefused(string[] args) => Root.Parse(args).Errors.Count > 0;

    /// <summary>The CLI in this process, as Program.cs runs it, in an empty working folder.</summary>
    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        var parse = Root.Parse(args);
        var (output, error) = (new StringWriter(), new StringWriter());
        if (CliRoot.Refuse(parse, error) is { } refused)
        {
            return (refused, output.ToString(), error.ToString());
        }

        using var folder = new TempTree();
        var (cwd, stdout, stderr) = (Environment.CurrentDirectory, Console.Out, Console.Error);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            Environment.CurrentDirectory = folder.Root;
            Console.SetOut(output);
            Console.SetError(error);
            var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, guard.Token).WaitAsync(TimeSpan.FromSeconds(60));
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Environment.CurrentDirectory = cwd;
        }
    }

    /// <summary>file:line:col: error CODE: message, or error: message.</summary>
    [GeneratedRegex(@"(^|: )error( IBP\d{3})?: ")]
    private static partial Regex DiagnosticLine();
}
