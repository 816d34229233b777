using System.Text.RegularExpressions;
using InfoBladPublisher.Tests.Rendering;

namespace InfoBladPublisher.Tests.Release;

/// <summary>A publish says as it goes which document is done, counting up to all of them.</summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed partial class ProgressTests(PublishedSeeds seeds)
{
    [Fact]
    public void Every_document_Should_get_one_progress_line_counting_up_to_the_total()
    {
        var lines = Line().Matches(seeds.Log).ToList();
        var total = PublishedSeeds.DocumentCount;

        Assert.Equal(total, lines.Count);
        Assert.Equal(Enumerable.Range(1, total), lines.Select(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(lines, m => Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups["of"].Value));
        Assert.Equal(Directory.GetDirectories(Path.Combine(Support.RepoPaths.Content, "documenten")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            lines.Select(m => m.Groups["id"].Value).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^  \[(?<n>\d+)/(?<of>\d+)\] (?<id>[^:]+): \d+ pages, [\d.]+ s$", RegexOptions.Multiline)]
    private static partial Regex Line();
}

/// <summary>With its output redirected (CI, a log file), the command prints the plain lines and no terminal codes.</summary>
public sealed class RedirectedProgressTests
{
    [Fact]
    public void A_redirected_publish_Should_print_plain_progress_lines()
    {
        using var tree = new Support.ContentTree();
        using var releases = new Support.TempTree();

        // A cache of its own: the repository's would hold this document from an earlier run, and print that line instead.
        var (exit, stdout, stderr) = Support.CliProcess.Run("publish", "--content", tree.ContentRoot, "--output", releases.PathOf("releases"), "--cache", releases.PathOf("cache"), "--release-version", "v1");

        Assert.True(exit == 0, stderr);
        Assert.Matches(@"(?m)^  \[1/1\] nota: \d+ pages, [\d.]+ s$", stdout);
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
    }
}
