using System.Diagnostics;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// A FIFO in content or templates (a pull request cannot hold one, a local checkout can) never makes a build
/// wait: it is never opened, and it is an error where it is (IBP034), for check as for publish.
/// </summary>
public sealed class SpecialFileTests
{
    private static void MakeFifo(string path)
    {
        File.Delete(path);
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public async Task A_fifo_as_tekst_md_Should_be_IBP034_at_it_and_never_opened()
    {
        using var tree = new ContentTree();
        MakeFifo(Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md"));
        var diagnostics = new DiagnosticBag();

        var checkedCount = await Task.Run(() => CheckPipeline.Run(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, diagnostics)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Null(checkedCount);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.FileUnreadable && d.Position.File.EndsWith("documenten/nota/tekst.md", StringComparison.Ordinal) && d.Message.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fifo_among_the_templates_Should_fail_a_publish_at_once_with_IBP034()
    {
        using var tree = new ContentTree();
        var templates = tree.CopyOfTemplates();
        MakeFifo(Path.Combine(templates, "assets", "css", "niet-gebruikt.css"));
        var options = new PublishOptions(tree.ContentRoot, templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "v") { CacheFolder = Path.Combine(tree.Root, "cache") };

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.False(result.Succeeded);
        var fifo = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FileUnreadable, fifo.Code);
        Assert.EndsWith("assets/css/niet-gebruikt.css", fifo.Position.File, StringComparison.Ordinal);
    }
}
