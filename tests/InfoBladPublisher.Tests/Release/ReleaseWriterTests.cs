using InfoBladPublisher.Release;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Release;

public sealed class ReleaseWriterTests
{
    [Fact]
    public void A_release_Should_replace_the_previous_one_whole()
    {
        using var tree = new TempTree();
        tree.Write("releases/1.0/oud.txt", "oud");

        var path = ReleaseWriter.Write(tree.PathOf("releases"), "1.0", [new ReleaseFile("nieuw.txt", "nieuw"u8.ToArray())]);

        Assert.Equal(["nieuw.txt"], Directory.GetFiles(path).Select(Path.GetFileName));
        Assert.Equal(["1.0"], Directory.GetDirectories(tree.PathOf("releases")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_Should_leave_the_previous_release_untouched_and_no_staging_behind()
    {
        using var tree = new TempTree();
        tree.Write("releases/1.0/oud.txt", "oud");

        // A file name with a NUL byte cannot be created: the write fails half-way.
        var files = new[] { new ReleaseFile("a.txt", [1]), new ReleaseFile("b\0.txt", [2]) };
        Assert.ThrowsAny<Exception>(() => ReleaseWriter.Write(tree.PathOf("releases"), "1.0", files));

        Assert.Equal("oud", File.ReadAllText(tree.PathOf("releases/1.0/oud.txt")));
        Assert.Equal(["1.0"], Directory.GetDirectories(tree.PathOf("releases")).Select(Path.GetFileName));
    }
}
