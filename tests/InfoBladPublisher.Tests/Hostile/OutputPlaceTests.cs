using System.Text;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// Issue 23, class 2: no output, cache or version can put a release into the sources, or make the public and
/// the internal builds meet. Each refusal is IBP055 or IBP038 before anything is written.
/// </summary>
public sealed class OutputPlaceTests
{
    private const string Secret = "Zwartgeheimwoord";

    private static ContentTree WithSecret()
    {
        var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYamlWithoutNotes, $"# Aanleiding\n\nHet gesprek met {{lak 5.1.2e}}{Secret}{{/lak}} ging over de termijn.\n");
        return tree;
    }

    private static PublishOptions Options(ContentTree tree, string output, string version, bool intern = false, string? cache = null) =>
        new(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, output, version)
        {
            Intern = intern,
            CacheFolder = cache ?? Path.Combine(tree.Root, "cache"),
        };

    public static TheoryData<string, string, string> Refused => new()
    {
        { "empty output", "", "v1" },
        { "the file system's root", "/", "v1" },
        { "inside content", "{content}/uit", "v1" },
        { "content itself", "{content}", "v1" },
        { "a release that would replace content", "{root}", "content" },
        { "a public output named intern", "{root}/releases/intern", "v1" },
        { "a public output inside intern", "{root}/releases/intern/x", "v1" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_output_that_would_write_into_the_sources_or_the_internal_build_Should_be_IBP055(string why, string output, string version)
    {
        using var tree = WithSecret();
        var path = output.Replace("{content}", tree.ContentRoot, StringComparison.Ordinal).Replace("{root}", tree.Root, StringComparison.Ordinal);
        var before = Directory.GetFileSystemEntries(tree.Root, "*", SearchOption.AllDirectories).Length;

        var result = await new PublishPipeline().RunAsync(Options(tree, path, version), TextWriter.Null);

        Assert.False(result.Succeeded, why);
        Assert.Equal(DiagnosticCodes.OutputPlace, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Directory.GetFileSystemEntries(tree.Root, "*", SearchOption.AllDirectories).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{content}/cache")]
    public async Task A_cache_that_is_empty_or_in_the_sources_Should_be_IBP055(string cache)
    {
        using var tree = WithSecret();

        var result = await new PublishPipeline().RunAsync(Options(tree, Path.Combine(tree.Root, "releases"), "v1", cache: cache.Replace("{content}", tree.ContentRoot, StringComparison.Ordinal)), TextWriter.Null);

        Assert.Equal(DiagnosticCodes.OutputPlace, Assert.Single(result.Diagnostics).Code);
        Assert.False(Directory.Exists(Path.Combine(tree.ContentRoot, "cache")));
    }

    [Theory]
    [InlineData("intern")]
    [InlineData("INTERN")]
    [InlineData("internal")]
    public async Task A_reserved_version_Should_be_IBP038(string version)
    {
        using var tree = WithSecret();

        var result = await new PublishPipeline().RunAsync(Options(tree, Path.Combine(tree.Root, "releases"), version), TextWriter.Null);

        Assert.Equal(DiagnosticCodes.BadReleaseVersion, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task The_internal_build_inside_a_public_release_Should_be_IBP055()
    {
        using var tree = WithSecret();
        var releases = Path.Combine(tree.Root, "releases");
        Assert.True((await new PublishPipeline().RunAsync(Options(tree, releases, "v1"), TextWriter.Null)).Succeeded);

        var intern = await new PublishPipeline().RunAsync(Options(tree, Path.Combine(releases, "v1"), "v1", intern: true), TextWriter.Null);

        Assert.Equal(DiagnosticCodes.OutputPlace, Assert.Single(intern.Diagnostics).Code);
        Assert.False(Directory.Exists(Path.Combine(releases, "v1", "intern")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Public_and_internal_builds_into_one_output_in_either_order_Should_leave_no_withheld_byte_in_a_public_folder(bool internFirst)
    {
        using var tree = WithSecret();
        var releases = Path.Combine(tree.Root, "releases");
        var runs = new List<(bool Intern, string Version)> { (false, "v1"), (true, "v1"), (false, "intern"), (true, "v2"), (false, "v2") };
        if (internFirst)
        {
            runs.Reverse();
        }

        foreach (var (intern, version) in runs)
        {
            await new PublishPipeline().RunAsync(Options(tree, releases, version, intern), TextWriter.Null);
        }

        // Every build that was allowed is still there, each in its own place.
        Assert.True(File.Exists(Path.Combine(releases, "v1", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(releases, "v2", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(releases, "intern", "v1", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(releases, "intern", "v2", "manifest.json")));
        var secret = Encoding.UTF8.GetBytes(Secret);
        foreach (var file in Directory.GetFiles(releases, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(Path.Combine(releases, "intern") + "/", StringComparison.Ordinal)))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(secret) < 0, $"{file} holds the withheld word");
            Assert.False(Path.GetFileName(file).Equals("intern", StringComparison.OrdinalIgnoreCase), file);
        }

        // The internal build did show it: the test can see the word where it belongs.
        Assert.Contains(Directory.GetFiles(Path.Combine(releases, "intern"), "*.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains(Secret, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("publish", "--output", "")]
    [InlineData("publish", "--cache", "")]
    [InlineData("serve", "--port", "65536")]
    [InlineData("serve", "--port", "0")]
    public void A_bad_path_or_port_on_the_command_line_Should_be_a_message_and_exit_1_without_a_stack_trace(string command, string option, string value)
    {
        using var tree = WithSecret();

        var (exit, stdout, stderr) = CliProcess.RunWithin(TimeSpan.FromSeconds(60), command, "--content", tree.ContentRoot, option, value);

        Assert.Equal(1, exit);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
    }
}
