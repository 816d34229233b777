using System.Text.RegularExpressions;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// Run from anywhere in the repository, as git does: every command finds the project root (content/ and
/// templates/, or InfoBladPublisher.sln) above the folder it runs in, and names files as seen from there.
/// </summary>
public sealed partial class RunFromAnywhereTests
{
    [Fact]
    public void Check_from_inside_a_document_folder_Should_find_the_content_and_the_fonts()
    {
        var folder = Directory.GetDirectories(Path.Combine(RepoPaths.Content, "documenten")).Order(StringComparer.Ordinal).First();

        var (exit, stdout, stderr) = CliProcess.RunIn(folder, "check");

        Assert.True(exit == 0, stderr);
        Assert.Contains("documents checked, no errors", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("IBP053", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_found_from_a_subfolder_Should_name_a_path_that_leads_to_its_file_from_there()
    {
        using var tree = Project();
        tree.Nota(ContentTree.NotaYaml + "\nstatuss: concept\n", ContentTree.NotaBody);
        var folder = Path.Combine(tree.ContentRoot, "documenten", "nota");

        foreach (var args in new[] { new[] { "check" }, ["check", "."] })
        {
            var (exit, _, stderr) = CliProcess.RunIn(folder, args);

            Assert.True(exit == 1, stderr);
            var line = Assert.Single(stderr.Split('\n'), l => l.Contains("error IBP003", StringComparison.Ordinal));
            var file = Located().Match(line).Groups["file"].Value;
            Assert.Equal(Path.Combine(folder, "document.yml"), Path.GetFullPath(Path.Combine(folder, file)));
        }
    }

    [Fact]
    public void New_from_a_subfolder_Should_write_into_the_projects_content()
    {
        using var tree = Project();
        var folder = Path.Combine(tree.ContentRoot, "documenten");

        var (exit, _, stderr) = CliProcess.RunIn(folder, "new", "nota", "van-elders", "--afzender", "proef");

        Assert.True(exit == 0, stderr);
        Assert.Single(Directory.GetDirectories(folder, "*-van-elders"));
        Assert.False(Directory.Exists(Path.Combine(folder, "content")));
    }

    [Fact]
    public void Schemas_check_from_a_subfolder_Should_compare_the_projects_schemas()
    {
        var (exit, stdout, stderr) = CliProcess.RunIn(Path.Combine(RepoPaths.Root, "docs"), "schemas", "--check");

        Assert.True(exit == 0, stderr);
        Assert.Contains("up to date", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(RepoPaths.Root, "docs", "schemas")));
    }

    /// <summary>A project of its own: content/ and templates/ side by side, and the fonts where npm ci puts them.</summary>
    private static ContentTree Project()
    {
        var tree = new ContentTree();
        tree.CopyOfTemplates();
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "node_modules"), RepoPaths.NodeModules);
        return tree;
    }

    [GeneratedRegex(@"^(?<file>.+?):\d+:\d+: error ")]
    private static partial Regex Located();
}
