using System.Security.Cryptography;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Release;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

/// <summary>A release names what it was made from (every input's SHA-256, the tool, the commit), and verify holds a release to its manifest.</summary>
public sealed class ProvenanceTests
{
    private static string Sha256Of(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    private static async Task<string> PublishAsync(ContentTree tree, string version)
    {
        var options = new PublishOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), version) { Commit = "0123abcd" };
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.ReleasePath!;
    }

    [Fact]
    public async Task The_manifest_Should_hash_every_input_and_name_the_tool_and_commit()
    {
        using var tree = new ContentTree();

        var manifest = ReleaseManifest.Read(await PublishAsync(tree, "v"));

        var inputs = manifest.Inputs!.ToDictionary(i => i.Path, i => i.Sha256, StringComparer.Ordinal);
        Assert.Equal(Sha256Of(Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md")), inputs["content/documenten/nota/tekst.md"]);
        Assert.Equal(Sha256Of(Path.Combine(tree.ContentRoot, "documenten", "nota", "document.yml")), inputs["content/documenten/nota/document.yml"]);
        Assert.Equal(Sha256Of(Path.Combine(tree.ContentRoot, "organisaties", "proef.yml")), inputs["content/organisaties/proef.yml"]);
        Assert.Equal(Sha256Of(Path.Combine(RepoPaths.Templates, "layouts", "nota.sbn")), inputs["templates/layouts/nota.sbn"]);
        Assert.Equal(Directory.EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories).Count(), inputs.Keys.Count(k => k.StartsWith("templates/", StringComparison.Ordinal)));
        var font = Assert.Single(inputs, i => i.Key == "fonts/fira-sans-latin-400-normal.woff2");
        Assert.Equal(Sha256Of(Path.Combine(RepoPaths.Fonts, "fira-sans-latin-400-normal.woff2")), font.Value);
        Assert.Equal("0123abcd", manifest.Commit);
        Assert.Matches("^[0-9a-f]{32}$", manifest.Tool!.Build);
        Assert.StartsWith("typst typst-ts-node-compiler 0.7.0", manifest.Tool.Engine, StringComparison.Ordinal);
        Assert.DoesNotContain("+", manifest.Tool.Version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manifest_Should_record_a_dirty_work_tree_with_its_files_a_clean_one_and_an_unknown_one()
    {
        // Given one tree, published as if from a dirty work tree, a clean one, and without being told
        using var tree = new ContentTree();
        var options = new PublishOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "dirty")
        {
            Commit = "0123abcd", CacheFolder = Path.Combine(tree.Root, "cache"), WorkTreeChanges = ["templates/layouts/nota.sbn", "content/documenten/nota/tekst.md"],
        };

        var dirty = await new PublishPipeline().RunAsync(options, TextWriter.Null);
        var clean = await new PublishPipeline().RunAsync(options with { Version = "clean", WorkTreeChanges = [] }, TextWriter.Null);
        var unknown = await new PublishPipeline().RunAsync(options with { Version = "unknown", WorkTreeChanges = null }, TextWriter.Null);

        // Then each manifest says which, and the dirty publish warns (IBP059) but still publishes
        Assert.True(dirty.Succeeded, string.Join("\n", dirty.Diagnostics));
        var warning = Assert.Single(dirty.Diagnostics);
        Assert.Equal((DiagnosticCodes.DirtyWorkTree, Severity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("0123abcd", warning.Message, StringComparison.Ordinal);
        var recorded = ReleaseManifest.Read(dirty.ReleasePath!).WorkTree!;
        Assert.Equal(ManifestWorkTree.Dirty, recorded.State);
        Assert.Equal(["content/documenten/nota/tekst.md", "templates/layouts/nota.sbn"], recorded.Changed);
        Assert.Empty(clean.Diagnostics);
        Assert.Equal((ManifestWorkTree.Clean, 0), (ReleaseManifest.Read(clean.ReleasePath!).WorkTree!.State, ReleaseManifest.Read(clean.ReleasePath!).WorkTree!.Changed.Count));
        Assert.Equal(ManifestWorkTree.Unknown, ReleaseManifest.Read(unknown.ReleasePath!).WorkTree!.State);
        Assert.Contains("\"workTree\"", File.ReadAllText(Path.Combine(unknown.ReleasePath!, ReleaseManifest.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Should_pass_a_whole_release_and_fail_on_one_changed_byte_naming_the_file()
    {
        using var tree = new ContentTree();
        var release = await PublishAsync(tree, "v");

        var whole = CliProcess.Run("verify", release);
        var pdf = Path.Combine(release, "nota.pdf");
        var bytes = File.ReadAllBytes(pdf);
        bytes[bytes.Length / 3] ^= 0x01;
        File.WriteAllBytes(pdf, bytes);
        var changed = CliProcess.Run("verify", release);

        Assert.Equal(0, whole.Exit);
        Assert.Contains("every file matches the manifest", whole.Out, StringComparison.Ordinal);
        Assert.Equal(1, changed.Exit);
        Assert.Contains("nota.pdf: changed", changed.Err, StringComparison.Ordinal);
        Assert.Contains("1 problem(s)", changed.Out, StringComparison.Ordinal);
    }
}
