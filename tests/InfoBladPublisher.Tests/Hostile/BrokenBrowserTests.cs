using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// A machine without the print engine (npm ci not run) is the machine's fault (IBP052, at the path looked for),
/// says what to run, and leaves the previous release as it was. A publish needs no browser at all.
/// </summary>
public sealed class BrokenBrowserTests
{
    [Fact]
    public async Task A_print_engine_that_is_not_installed_Should_be_named_and_keep_the_old_release()
    {
        using var content = new ContentTree();
        content.Nota(ContentTree.NotaYamlWithoutNotes, "Een alinea.\n");
        using var work = new TempTree();
        work.Write("releases/v1/manifest.json", "de vorige release");
        var nodeModules = work.PathOf("node_modules");
        Directory.CreateDirectory(nodeModules);

        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, nodeModules, work.PathOf("releases"), "v1");
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.MissingTool, diagnostic.Code);
        Assert.StartsWith(nodeModules, diagnostic.Position.File, StringComparison.Ordinal);
        Assert.Contains("npm ci", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("de vorige release", File.ReadAllText(work.PathOf("releases/v1/manifest.json")));
        Assert.Equal(["v1"], Directory.GetDirectories(work.PathOf("releases")).Select(Path.GetFileName));
    }
}
