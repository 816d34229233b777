using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Release;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>A release held against its manifest finds one changed byte, a missing file and an extra one, each by name.</summary>
public sealed class ReleaseCheckTests
{
    [Fact]
    public async Task A_release_Should_check_whole_and_every_change_Should_be_named()
    {
        using var tree = new ContentTree();
        var options = new PublishOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "v");
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var release = result.ReleasePath!;
        Assert.Empty(ReleaseCheck.Problems(release));

        var index = Path.Combine(release, "index.html");
        var bytes = File.ReadAllBytes(index);
        bytes[^10] ^= 1;
        File.WriteAllBytes(index, bytes);
        File.Delete(Path.Combine(release, "nota.html"));
        File.WriteAllText(Path.Combine(release, "extra.txt"), "erbij");

        var problems = ReleaseCheck.Problems(release);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("index.html: changed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p == "nota.html: missing");
        Assert.Contains(problems, p => p == "extra.txt: not in the manifest");
    }
}
