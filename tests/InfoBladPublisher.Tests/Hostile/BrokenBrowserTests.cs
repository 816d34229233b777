using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// A machine whose browser is missing or does not start is the machine's fault (IBP052, at the browser's path),
/// says which of the two it is, and leaves the previous release as it was.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // the product runs on Debian's chromium
public sealed class BrokenBrowserTests
{
    [Theory]
    [InlineData("missing", "not found")]
    [InlineData("exits at once", "did not start")]
    public async Task A_browser_that_cannot_run_Should_be_named_with_its_reason_and_keep_the_old_release(string kind, string reason)
    {
        using var content = new ContentTree();
        content.Nota(ContentTree.NotaYamlWithoutNotes, "Een alinea.\n");
        using var work = new TempTree();
        work.Write("releases/v1/manifest.json", "de vorige release");
        var chromium = work.PathOf("bin/chromium");
        if (kind == "exits at once")
        {
            work.Write("bin/chromium", "#!/bin/sh\nexit 1\n");
            File.SetUnixFileMode(chromium, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1", chromium);
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.MissingTool, diagnostic.Code);
        Assert.Equal(chromium, diagnostic.Position.File);
        Assert.Contains(reason, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("de vorige release", File.ReadAllText(work.PathOf("releases/v1/manifest.json")));
        Assert.Equal(["v1"], Directory.GetDirectories(work.PathOf("releases")).Select(Path.GetFileName));
    }
}
