using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>
/// One true closing line per publish (issue 33): a run that found the release up to date said so and then also
/// "published 1 documents". Each run of the CLI now ends with exactly one line saying what it did.
/// </summary>
public sealed class ClosingLineTests
{
    private static readonly string[] Closings = ["nothing to do", "published ", "replaced release ", "restored release ", "nothing was published"];

    /// <summary>The lines that close a run; a diagnostic (file:line:col: error CODE: …) is not one, whatever it says.</summary>
    private static string[] ClosingLines(string stdout, string stderr) =>
        (stdout + "\n" + stderr).Split('\n')
            .Where(line => !line.Contains(": error IBP", StringComparison.Ordinal) && !line.Contains(": warning IBP", StringComparison.Ordinal))
            .Where(line => Closings.Any(c => line.Contains(c, StringComparison.Ordinal))).ToArray();

    [Fact]
    public void Each_publish_Should_end_with_one_line_that_says_what_it_did()
    {
        // Given a tree and the CLI's arguments to publish it as version v
        using var tree = new ContentTree();
        string[] Publish(params string[] extra) =>
            ["publish", "--content", tree.ContentRoot, "--output", Path.Combine(tree.Root, "releases"), "--cache", Path.Combine(tree.Root, "cache"), "--release-version", "v", "--parallelism", "1", .. extra];

        // When it is published, published again unchanged, changed and published, then replaced
        var first = CliProcess.RunWithin(TimeSpan.FromMinutes(3), Publish());
        var again = CliProcess.RunWithin(TimeSpan.FromMinutes(3), Publish());
        File.AppendAllText(Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md"), "\nEen nieuwe zin.\n");
        var refused = CliProcess.RunWithin(TimeSpan.FromMinutes(3), Publish());
        var replaced = CliProcess.RunWithin(TimeSpan.FromMinutes(3), Publish("--replace"));

        // Then each run has one closing line, true for what happened, and its own exit code
        Assert.Equal((0, "published 1 document to "), (first.Exit, Assert.Single(ClosingLines(first.Out, first.Err))[..24]));
        Assert.Equal((0, "release v is up to date"), (again.Exit, Assert.Single(ClosingLines(again.Out, again.Err))[..23]));
        Assert.Equal((3, "1 error(s); nothing was published, the previous release is untouched"), (refused.Exit, Assert.Single(ClosingLines(refused.Out, refused.Err))));
        Assert.Contains("error IBP058: release v is already published with other content (changed: ", refused.Err, StringComparison.Ordinal);
        Assert.Equal((0, "replaced release v in "), (replaced.Exit, Assert.Single(ClosingLines(replaced.Out, replaced.Err))[..22]));
    }

    [Fact]
    public void A_publish_in_Dutch_the_default_Should_end_with_its_Dutch_closing_line_and_no_stack_trace()
    {
        // Given a tree, and the CLI run without any language setting (Dutch), as an editor runs it
        using var tree = new ContentTree();
        string[] publish = ["publish", "--content", tree.ContentRoot, "--output", Path.Combine(tree.Root, "releases"), "--cache", Path.Combine(tree.Root, "cache"), "--release-version", "v", "--parallelism", "1"];

        // When it is published
        var (exit, output, error) = CliProcess.RunByDefault(RepoPaths.Root, publish);

        // Then it ends with the Dutch line, its seconds written with a decimal comma (the build has no nl-NL culture to ask)
        Assert.True(exit == 0, output + error);
        Assert.DoesNotContain("Unhandled exception", output + error, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^1 document gepubliceerd naar .+ in \d+,\d s$", output);
    }
}
