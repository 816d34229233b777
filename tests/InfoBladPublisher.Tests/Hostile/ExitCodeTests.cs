using System.CommandLine;
using System.Text.RegularExpressions;
using InfoBladPublisher.Cli;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// The exit codes are one table, Cli/ExitCodes.cs (issue 33): every command's --help ends with it, README.md and
/// docs/security.md list exactly it, and a missing folder given to verify is an input error, not a missing tool.
/// </summary>
public sealed partial class ExitCodeTests
{
    /// <summary>Every command in the tree, the root included, by the words that call it.</summary>
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        void Walk(Command command, string path)
        {
            data.Add(path);
            foreach (var sub in command.Subcommands)
            {
                Walk(sub, (path + " " + sub.Name).Trim());
            }
        }

        Walk(CliRoot.Create(), string.Empty);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_commands_help_Should_end_with_every_exit_code_and_its_meaning(string command)
    {
        var output = new StringWriter();
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();

        var exit = CliRoot.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });

        Assert.Equal(ExitCodes.Ok, exit);
        var help = output.ToString();
        var section = help[help.IndexOf(ExitCodeHelp.Heading, StringComparison.Ordinal)..];
        var lines = section.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);
        Assert.Equal([ExitCodeHelp.Heading, .. ExitCodes.All.Select(c => $"  {c.Code}  {c.Meaning}")], lines);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/security.md")]
    public void The_docs_Should_list_exactly_the_exit_codes_and_their_meanings(string document)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, document));
        var section = text[text.IndexOf("\n## Exit codes\n", StringComparison.Ordinal)..];
        section = section[..(section.IndexOf("\n## ", 5, StringComparison.Ordinal) is var end and > 0 ? end : section.Length)];

        var rows = Row().Matches(section).Select(m => (int.Parse(m.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["meaning"].Value));

        Assert.Equal(ExitCodes.All.Select(c => (c.Code, c.Meaning)), rows);
    }

    [Fact]
    public void The_codes_Should_each_have_one_meaning()
    {
        Assert.Equal(ExitCodes.All.Count, ExitCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(ExitCodes.All.Count, ExitCodes.All.Select(c => c.Meaning).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Verify_on_a_missing_folder_Should_be_an_input_error_not_a_missing_tool()
    {
        var missing = Path.Combine(Path.GetTempPath(), "infoblad-no-such-release-" + Guid.NewGuid().ToString("N"));

        var (exit, stdout, stderr) = CliProcess.Run("verify", missing);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal($"{missing}:1:1: error IBP030: no such release folder", (stdout + stderr).Trim());
    }

    [GeneratedRegex(@"^\| (?<code>\d+) \| (?<meaning>.+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
