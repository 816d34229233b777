using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>Rendering touches no network, and a failed publish leaves the previous release as it was.</summary>
public sealed class IsolationTests
{
    [Fact]
    public async Task A_template_that_loads_from_the_network_Should_fail_the_build_and_keep_the_old_release()
    {
        using var content = new ContentTree();
        using var work = new TempTree();
        work.CopyFrom(RepoPaths.Templates, "templates");
        var layout = work.PathOf("templates/layouts/nota.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</main>", "<img src=\"https://example.org/tracker.png\" alt=\"\"></main>", StringComparison.Ordinal));
        work.Write("releases/v1/oud.txt", "de vorige release");

        var options = new PublishOptions(content.ContentRoot, work.PathOf("templates"), RepoPaths.NodeModules, work.PathOf("releases"), "v1");
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.False(result.Succeeded);
        // Refused in the final HTML of the web page, before any browser sees it. (The PDF has no HTML: its
        // layout is Typst, which reads only the files it is handed.)
        var blocked = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BlockedRequest);
        Assert.Contains("https://example.org/tracker.png", blocked.Message, StringComparison.Ordinal);
        Assert.Equal("de vorige release", File.ReadAllText(work.PathOf("releases/v1/oud.txt")));
        Assert.Equal(["v1"], Directory.GetDirectories(work.PathOf("releases")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Publishing_twice_Should_give_byte_identical_files()
    {
        using var content = new ContentTree();
        using var work = new TempTree();
        var pipeline = new PublishPipeline();

        var first = await pipeline.RunAsync(new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("a"), "x"), TextWriter.Null);
        var second = await pipeline.RunAsync(new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("b"), "x"), TextWriter.Null);

        Assert.True(first.Succeeded && second.Succeeded, string.Join("\n", first.Diagnostics.Concat(second.Diagnostics)));
        foreach (var file in Directory.GetFiles(first.ReleasePath!))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second.ReleasePath!, Path.GetFileName(file))));
        }
    }
}
