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
        Assert.Contains("1 error(s) to fix here, 1 elsewhere", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_a_path_outside_the_content_Should_say_so_instead_of_no_errors()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml + "\nstatuss: concept\n", ContentTree.NotaBody);
        var elsewhere = Directory.CreateTempSubdirectory("ibp-other-checkout-");
        try
        {
            var (exit, stdout, stderr) = CliProcess.Run("check", "--content", tree.ContentRoot, elsewhere.FullName);

            Assert.Equal(1, exit);
            Assert.Contains($"{elsewhere.FullName}:1:1: error IBP031: '{elsewhere.FullName}' is outside the content folder", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("no errors", stdout, StringComparison.Ordinal);
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public void Check_with_a_link_in_the_content_to_elsewhere_Should_say_it_is_outside()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody);
        var elsewhere = Directory.CreateTempSubdirectory("ibp-linked-");
        try
        {
            var link = Path.Combine(tree.ContentRoot, "elders");
            Directory.CreateSymbolicLink(link, elsewhere.FullName);

            var (exit, stdout, stderr) = CliProcess.Run("check", "--content", tree.ContentRoot, link);

            Assert.Equal(1, exit);
            Assert.Contains($"{link}:1:1: error IBP031:", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("no errors", stdout, StringComparison.Ordinal);
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public void Check_with_a_mistyped_path_Should_name_it_and_not_pass()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody);
        var typo = Path.Combine(tree.ContentRoot, "documenten", "tweeede");

        var (exit, stdout, stderr) = CliProcess.Run("check", "--content", tree.ContentRoot, typo);

        Assert.Equal(1, exit);
        Assert.Contains($"{typo}:1:1: error IBP030: '{typo}' does not exist", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no errors", stdout, StringComparison.Ordinal);
    }
}
