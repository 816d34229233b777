using System.Diagnostics;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>A FIFO in content or templates (a pull request cannot hold one, a local checkout can) never makes a build wait.</summary>
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
    public async Task A_fifo_as_tekst_md_Should_be_read_as_an_empty_text()
    {
        using var tree = new ContentTree();
        MakeFifo(Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md"));
        var diagnostics = new DiagnosticBag();

        var checkedCount = await Task.Run(() => CheckPipeline.Run(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, diagnostics)).WaitAsync(TimeSpan.FromSeconds(60));

        // An empty text cites none of the notes document.yml defines: that is what check says, at once.
        Assert.Null(checkedCount);
        var unused = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.FootnoteUnused, unused.Code);
    }

    [Fact]
    public async Task A_fifo_among_the_templates_Should_not_hold_up_a_publish()
    {
        using var tree = new ContentTree();
        var templates = tree.CopyOfTemplates();
        MakeFifo(Path.Combine(templates, "assets", "css", "niet-gebruikt.css"));
        var options = new PublishOptions(tree.ContentRoot, templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "v", "/usr/bin/chromium") { CacheFolder = Path.Combine(tree.Root, "cache") };

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
