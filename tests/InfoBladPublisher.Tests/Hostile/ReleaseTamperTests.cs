using System.Text.Json.Nodes;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Release;
using InfoBladPublisher.Review;
using InfoBladPublisher.Review.Report;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// A release folder is untrusted input to snapshot and review (it can come from an artifact download): a
/// manifest whose paths lead out, or a release file replaced by a link, must be refused before anything outside
/// the folder is opened. Proven with a folder outside that counts its visitors.
/// </summary>
public sealed class ReleaseTamperTests : IClassFixture<ReleaseTamperTests.PublishedRelease>
{
    private readonly PublishedRelease _release;

    public ReleaseTamperTests(PublishedRelease release) => _release = release;

    public static TheoryData<string> Tampers => new(["manifest path ../", "manifest path absolute", "manifest path /proc/self/environ", "pdf replaced by a link out", "manifest replaced by a link out", "a linked folder out", "a FIFO beside the files"]);

    [Theory]
    [MemberData(nameof(Tampers))]
    public async Task Snapshot_and_review_Should_refuse_a_tampered_release_without_reading_outside_it(string tamper)
    {
        using var work = new TempTree();
        using var outside = new TempTree();
        outside.Write("geheim.txt", "TOKEN=geheim\n");
        var secret = outside.PathOf("geheim.txt");
        var release = _release.CopyTo(work.PathOf("release"));
        var pdf = Directory.GetFiles(release, "*.pdf").Order(StringComparer.Ordinal).First();
        switch (tamper)
        {
            case "manifest path ../":
                RewritePdfPath(release, "../../../../../../../.." + secret);
                break;
            case "manifest path absolute":
                RewritePdfPath(release, secret);
                break;
            case "manifest path /proc/self/environ":
                RewritePdfPath(release, "/proc/self/environ");
                break;
            case "pdf replaced by a link out":
                File.Delete(pdf);
                File.CreateSymbolicLink(pdf, secret);
                break;
            case "manifest replaced by a link out":
                File.Copy(Path.Combine(release, ReleaseManifest.FileName), outside.PathOf("manifest.json"));
                File.Delete(Path.Combine(release, ReleaseManifest.FileName));
                File.CreateSymbolicLink(Path.Combine(release, ReleaseManifest.FileName), outside.PathOf("manifest.json"));
                break;
            case "a linked folder out":
                Directory.CreateSymbolicLink(Path.Combine(release, "extra"), outside.Root);
                break;
            default:
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(release, "pijp")])!)
                {
                    mkfifo.WaitForExit();
                    Assert.Equal(0, mkfifo.ExitCode);
                }

                break;
        }

        using var visitors = new VisitorCounter(outside.Root);

        var snapshot = Assert.Throws<InvalidReleaseException>(() => Snapshot.Documents(release));
        var review = await Assert.ThrowsAsync<InvalidReleaseException>(() => ReleaseSideReader.ReadAsync(release, browser: null!));

        Assert.NotEmpty(snapshot.Problems);
        Assert.Equal(snapshot.Problems, review.Problems);
        Assert.Equal(0, visitors.Visits());
        Assert.NotEmpty(ReleaseCheck.Problems(release));
    }

    [Fact]
    public void An_untouched_release_Should_be_read()
    {
        using var work = new TempTree();
        var release = _release.CopyTo(work.PathOf("release"));

        Assert.Empty(ReleaseCheck.Problems(release));
        Assert.Single(Snapshot.Documents(release));
    }

    [Theory]
    [InlineData("robots.txt")]
    [InlineData("sitemaps/index.xml")]
    public void A_changed_or_missing_Woo_index_file_Should_be_named_by_verify(string path)
    {
        using var work = new TempTree();
        var release = _release.CopyTo(work.PathOf("release"));
        var sitemap = Directory.GetFiles(Path.Combine(release, "sitemaps"), "c_*.xml").Single();
        File.AppendAllText(sitemap, "<!-- -->");
        File.Delete(Path.Combine(release, path));

        var problems = ReleaseCheck.Problems(release).Select(p => p.En).ToList();

        Assert.Contains(problems, p => p.StartsWith("sitemaps/" + Path.GetFileName(sitemap), StringComparison.Ordinal));
        Assert.Contains($"{path}: missing", problems);
    }

    private static void RewritePdfPath(string release, string path)
    {
        var file = Path.Combine(release, ReleaseManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(file))!;
        var pdf = manifest["documents"]![0]!["files"]!.AsArray().First(f => (string?)f!["format"] == "pdf")!;
        pdf["path"] = path;
        File.WriteAllText(file, manifest.ToJsonString());
    }

    /// <summary>One small release, published once for every tamper.</summary>
    public sealed class PublishedRelease : IAsyncLifetime, IDisposable
    {
        private readonly ContentTree _content = new();
        private readonly TempTree _work = new();
        private string _folder = string.Empty;

        public async Task InitializeAsync()
        {
            var options = new PublishOptions(_content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, _work.PathOf("releases"), "v1");
            var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            _folder = result.ReleasePath!;
        }

        public string CopyTo(string target)
        {
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(_folder, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(target, Path.GetRelativePath(_folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }

            return target;
        }

        public Task DisposeAsync()
        {
            Dispose();
            return Task.CompletedTask;
        }

        public void Dispose()
        {
            _work.Dispose();
            _content.Dispose();
        }
    }
}
