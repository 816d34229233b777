using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Release;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>
/// A published version is never replaced silently (issue 33): other files under the same version are refused
/// (IBP058) and leave the release as it was, unless --replace is given, and then the new manifest records what
/// it replaced. The same files again write nothing.
/// </summary>
public sealed class ReplacementTests
{
    private static PublishOptions Options(ContentTree tree) =>
        new(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "2026.12")
        {
            CacheFolder = Path.Combine(tree.Root, "cache"),
        };

    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Hashing.Sha256Hex(File.ReadAllBytes(f)), StringComparer.Ordinal);

    [Fact]
    public async Task A_changed_document_under_a_published_version_Should_be_refused_and_with_replace_Should_be_recorded()
    {
        // Given a published version and a changed sentence
        using var tree = new ContentTree();
        var first = await new PublishPipeline().RunAsync(Options(tree), TextWriter.Null);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var release = first.ReleasePath!;
        var before = Files(release);
        var oldManifest = Hashing.Sha256Hex(File.ReadAllBytes(Path.Combine(release, ReleaseManifest.FileName)));
        File.AppendAllText(Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md"), "\nEen nieuwe zin.\n");

        // When it is published again under the same version
        var refused = await new PublishPipeline().RunAsync(Options(tree), TextWriter.Null);

        // Then it is refused, says which files differ, and the release is as it was
        Assert.False(refused.Succeeded);
        Assert.Equal(PublishOutcome.Refused, refused.Outcome);
        var diagnostic = Assert.Single(refused.Diagnostics);
        Assert.Equal(DiagnosticCodes.ReleaseExists, diagnostic.Code);
        Assert.Contains("changed: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("nota.html", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("--replace", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(before, Files(release));

        // And with --replace it is replaced, and the manifest records the release it replaced
        var replaced = await new PublishPipeline().RunAsync(Options(tree) with { Replace = true }, TextWriter.Null);
        Assert.True(replaced.Succeeded, string.Join("\n", replaced.Diagnostics));
        Assert.Equal(PublishOutcome.Replaced, replaced.Outcome);
        Assert.Contains("Een nieuwe zin.", File.ReadAllText(Path.Combine(release, "nota.html")), StringComparison.Ordinal);
        var record = ReleaseManifest.Read(release).Replaces!;
        Assert.Equal(oldManifest, record.ManifestSha256);
        Assert.True(DateTime.TryParse(record.Published, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out _), record.Published);
        Assert.Contains("nota.html", record.Changed);
        Assert.Contains("nota.pdf", record.Changed);
        Assert.DoesNotContain("index.html", record.Changed);
        // Pagefind names its index files by their content: the new sentence renames them, and nothing else is added or removed.
        Assert.NotEmpty(record.Added);
        Assert.All(record.Added.Concat(record.Removed), f => Assert.StartsWith("pagefind/", f, StringComparison.Ordinal));
        Assert.Equal(record.Added.Count, record.Removed.Count);
        Assert.Empty(ReleaseCheck.Problems(release));
    }

    [Fact]
    public async Task The_internal_build_Should_be_replaced_without_asking_and_say_so_in_its_manifest()
    {
        // Given an internal build, never a release, and a changed sentence
        using var tree = new ContentTree();
        var first = await new PublishPipeline().RunAsync(Options(tree) with { Intern = true }, TextWriter.Null);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        File.AppendAllText(Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md"), "\nEen nieuwe zin.\n");

        // When it is built again
        var again = await new PublishPipeline().RunAsync(Options(tree) with { Intern = true }, TextWriter.Null);

        // Then it is replaced, and the manifest records what it replaced
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.Equal(PublishOutcome.Replaced, again.Outcome);
        Assert.Contains("nota.html", ReleaseManifest.Read(again.ReleasePath!).Replaces!.Changed);
    }

    [Fact]
    public async Task The_same_files_again_Should_be_up_to_date_and_write_nothing()
    {
        // Given a published version
        using var tree = new ContentTree();
        var first = await new PublishPipeline().RunAsync(Options(tree) with { Commit = "aaaa" }, TextWriter.Null);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var manifest = Path.Combine(first.ReleasePath!, ReleaseManifest.FileName);
        var bytes = File.ReadAllBytes(manifest);
        var written = File.GetLastWriteTimeUtc(manifest);

        // When the same tree is published again, from another commit (so the whole publish runs)
        var again = await new PublishPipeline().RunAsync(Options(tree) with { Commit = "bbbb" }, TextWriter.Null);

        // Then nothing is written: the release holds exactly these files already
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.Equal(PublishOutcome.UpToDate, again.Outcome);
        Assert.Equal(bytes, File.ReadAllBytes(manifest));
        Assert.Equal(written, File.GetLastWriteTimeUtc(manifest));
    }
}
