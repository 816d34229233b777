using System.Text;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Tests.Release;

/// <summary>What differs between a published release's manifest and a new build's files, as the refusal (IBP058) names it.</summary>
public sealed class ReleaseDifferenceTests
{
    private static ReleaseFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static ManifestDocument Document(string id, string title, params ReleaseFile[] files) =>
        new(id, "nota", title, "2026-12-01", null, "definitief", files.Select(f => new ManifestFile(f.Path, "pdf", f.Sha256, f.Length, 1)).ToList(), []);

    [Fact]
    public void Files_added_removed_and_changed_Should_each_be_named()
    {
        var published = new ReleaseManifest("v", "InfoBladPublisher", "typst", [Document("a", "A", File("a.pdf", "a")), Document("b", "B", File("b.pdf", "b"))]);
        ReleaseFile[] files = [File("a.pdf", "a2"), File("c.pdf", "c")];

        var difference = ReleaseDifference.Between(published, files, [Document("a", "A", files[0]), Document("c", "C", files[1])]);

        Assert.Equal(["c.pdf"], difference.Added);
        Assert.Equal(["b.pdf"], difference.Removed);
        Assert.Equal(["a.pdf", "manifest.json"], difference.Changed);
        Assert.Equal("changed: a.pdf, manifest.json; added: c.pdf; removed: b.pdf", difference.Summary());
    }

    [Fact]
    public void The_same_files_and_metadata_Should_be_no_difference_whatever_the_commit()
    {
        ReleaseFile[] files = [File("a.pdf", "a")];
        var published = new ReleaseManifest("v", "InfoBladPublisher", "typst", [Document("a", "A", files)]) { Commit = "old" };

        Assert.True(ReleaseDifference.Between(published, files, [Document("a", "A", files)]).IsNone);
        Assert.Equal(["manifest.json"], ReleaseDifference.Between(published, files, [Document("a", "Another title", files)]).Changed);
    }

    [Fact]
    public void A_long_list_Should_be_cut_short_with_a_count()
    {
        var published = new ReleaseManifest("v", "InfoBladPublisher", "typst", []);
        var files = Enumerable.Range(1, 9).Select(i => File($"d{i}.pdf", "x")).ToArray();

        var summary = ReleaseDifference.Between(published, files, []).Summary(shown: 3);

        Assert.Equal("added: d1.pdf, d2.pdf, d3.pdf; and 6 more", summary);
    }
}
