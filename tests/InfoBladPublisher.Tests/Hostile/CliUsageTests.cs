using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// Usage mistakes on the command line (issue 33): an empty value for a path, a slug, a label; a port that is
/// not a number or out of range. Each is a one-line message and exit code 1, never a stack trace.
/// </summary>
public sealed class CliUsageTests
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
        Assert.NotEmpty(printed);
        Assert.False(Directory.Exists(Path.Combine(RepoPaths.Content, "documenten", DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "-")), "new wrote a folder with an empty slug");
    }
}
