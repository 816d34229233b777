using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Release;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>Release versions that would write elsewhere, writes that fail, and writes that were killed.</summary>
public sealed class ReleaseSafetyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("../buiten")]
    [InlineData("a/b")]
    [InlineData(".verborgen")]
    [InlineData("..")]
    [InlineData("/tmp/elders")]
    [InlineData("v1.old-0123456789abcdef0123456789abcdef")]
    public async Task A_release_version_that_is_not_a_plain_name_Should_be_refused_before_anything_is_written(string version)
    {
        using var content = new ContentTree();
        using var work = new TempTree();
        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases/x"), version);

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.BadReleaseVersion, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(Directory.GetFileSystemEntries(work.Root));
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_publish_Should_be_removed_by_the_next()
    {
        using var work = new TempTree();
        work.Write("releases/.staging-v1-0123456789abcdef0123456789abcdef/half.pdf", "half");

        ReleaseWriter.Write(work.PathOf("releases"), "v2", [new ReleaseFile("a.txt", [1])]);

        Assert.Equal(["v2"], Directory.GetDirectories(work.PathOf("releases")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_release_retired_by_a_publish_killed_between_its_renames_Should_be_put_back()
    {
        using var work = new TempTree();
        work.Write("releases/v1.old-0123456789abcdef0123456789abcdef/manifest.json", "de vorige release");

        ReleaseWriter.Write(work.PathOf("releases"), "v2", [new ReleaseFile("a.txt", [1])]);

        Assert.Equal("de vorige release", File.ReadAllText(work.PathOf("releases/v1/manifest.json")));
        Assert.Equal(["v1", "v2"], Directory.GetDirectories(work.PathOf("releases")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_release_named_like_a_retired_one_but_not_retired_Should_be_left_alone()
    {
        using var work = new TempTree();
        work.Write("releases/v1/manifest.json", "nieuw");
        work.Write("releases/v1.old-kort/manifest.json", "van de gebruiker");

        ReleaseWriter.Write(work.PathOf("releases"), "v2", [new ReleaseFile("a.txt", [1])]);

        Assert.Equal("van de gebruiker", File.ReadAllText(work.PathOf("releases/v1.old-kort/manifest.json")));
    }

    [Fact]
    public async Task A_release_that_cannot_be_written_Should_be_a_diagnostic_and_leave_nothing()
    {
        using var content = new ContentTree();
        using var work = new TempTree();
        work.Write("releases", "a file where the output folder should be");
        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1");

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.WriteFailed, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("a file where the output folder should be", File.ReadAllText(work.PathOf("releases")));
    }
}
