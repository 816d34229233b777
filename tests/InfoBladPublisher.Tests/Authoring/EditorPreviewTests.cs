using System.Text.Json;
using System.Text.RegularExpressions;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Authoring;

/// <summary>
/// tools/editor-preview makes the editors' guide's pictures of the schemas at work. It must stay reproducible
/// (exact versions, the ones its own lock installs), stay out of the product's packages, and every picture it
/// takes must be in the guide.
/// </summary>
public sealed partial class EditorPreviewTests
{
    private static readonly string Tool = Path.Combine(RepoPaths.Root, "tools", "editor-preview");

    [Fact]
    public void The_editor_preview_Should_pin_exact_versions_that_its_own_lock_installs()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tool, "package.json")));
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tool, "package-lock.json")));
        var locked = lockFile.RootElement.GetProperty("packages");

        var pinned = manifest.RootElement.GetProperty("devDependencies").EnumerateObject().ToList();

        Assert.Contains(pinned, p => p.Name == "monaco-yaml");
        Assert.All(pinned, p =>
        {
            Assert.Matches(ExactVersion(), p.Value.GetString()!);
            Assert.Equal(p.Value.GetString(), locked.GetProperty("node_modules/" + p.Name).GetProperty("version").GetString());
        });
    }

    [Fact]
    public void The_products_packages_Should_not_name_the_editor_preview_or_its_packages()
    {
        using var tool = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tool, "package.json")));
        var product = File.ReadAllText(Path.Combine(RepoPaths.Root, "package.json"));

        Assert.All(tool.RootElement.GetProperty("devDependencies").EnumerateObject(), p => Assert.DoesNotContain($"\"{p.Name}\"", product, StringComparison.Ordinal));
        Assert.DoesNotContain("editor-preview", product, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_picture_the_editor_preview_takes_Should_be_in_the_editors_guide_and_small()
    {
        var script = File.ReadAllText(Path.Combine(Tool, "shots.mjs"));
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editors-guide.md"));

        var pictures = Picture().Matches(script).Select(m => m.Value).Distinct().ToList();

        Assert.NotEmpty(pictures);
        Assert.All(pictures, p =>
        {
            Assert.Contains($"(img/{p})", guide, StringComparison.Ordinal);
            var file = new FileInfo(Path.Combine(RepoPaths.Root, "docs", "img", p));
            Assert.True(file.Exists, p);
            Assert.InRange(file.Length, 1, 150_000);
        });
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex ExactVersion();

    [GeneratedRegex(@"editor-schema-[a-z-]+\.png")]
    private static partial Regex Picture();
}
