using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary><c>check PATH</c> reports the problems under that path, and still says that others exist.</summary>
public sealed class CheckPathsTests
{
    [Fact]
    public void Check_with_a_path_Should_report_only_the_problems_under_it_and_count_the_rest()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + "\nstatuss: concept\n", ContentTree.NotaBody);
        tree.Nota(ContentTree.NotaYaml + "\nonderwerp: x\n", ContentTree.NotaBody, id: "tweede");

        var (exit, _, stderr) = CliProcess.Run("check", "--content", tree.ContentRoot, Path.Combine(tree.ContentRoot, "documenten", "tweede"));

        Assert.Equal(1, exit);
        Assert.Contains("unknown key 'onderwerp'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("statuss", stderr, StringComparison.Ordinal);
        Assert.Contains("1 error(s) here, 1 elsewhere", stderr, StringComparison.Ordinal);
    }
}
