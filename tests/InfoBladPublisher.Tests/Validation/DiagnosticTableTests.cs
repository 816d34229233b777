using System.Reflection;
using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// The codes are one table: every constant has a descriptor, every descriptor is raised by the product with
/// its own severity, and every code is explained in the editors' guide.
/// </summary>
public sealed partial class DiagnosticTableTests
{
    private static readonly Dictionary<string, string> Constants = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);

    [Fact]
    public void Every_code_Should_have_exactly_one_descriptor_and_one_name()
    {
        Assert.Equal(Constants.Values.Order(StringComparer.Ordinal), DiagnosticCodes.All.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Constants.Count, Constants.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(DiagnosticCodes.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Title)));
    }

    [Fact]
    public void Every_descriptor_Should_be_raised_by_the_product_with_its_own_severity()
    {
        var raised = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles().Where(f => !f.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal)))
        {
            foreach (Match m in Use().Matches(File.ReadAllText(file)))
            {
                var how = m.Groups["how"].Success ? m.Groups["how"].Value : "other";
                raised.TryAdd(m.Groups["name"].Value, []);
                raised[m.Groups["name"].Value].Add(how);
            }
        }

        var problems = new List<string>();
        foreach (var (name, id) in Constants)
        {
            var descriptor = DiagnosticCodes.Describe(id);
            if (!raised.TryGetValue(name, out var ways))
            {
                problems.Add($"{id} {name} is never raised");
            }
            else if (ways.Contains(descriptor.Severity == Severity.Error ? "Warning" : "Error"))
            {
                problems.Add($"{id} {name} is raised as {(descriptor.Severity == Severity.Error ? "a warning" : "an error")}; its descriptor says {descriptor.Severity}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_code_Should_be_explained_in_the_editors_guide()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editors-guide.md"));
        var undocumented = DiagnosticCodes.All.Where(d => !guide.Contains($"| {d.Id} |", StringComparison.Ordinal)).Select(d => d.Id).ToList();
        Assert.True(undocumented.Count == 0, "not in the editors' guide: " + string.Join(", ", undocumented));
    }

    private static readonly string[] SourceFolders = ["src/InfoBladPublisher", "src/InfoBladPublisher.Cli"];

    private static IEnumerable<string> SourceFiles() =>
        SourceFolders
            .SelectMany(d => Directory.GetFiles(Path.Combine(RepoPaths.Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"(?:\.(?<how>Error|Warning)\(\s*)?DiagnosticCodes\.(?<name>[A-Z][A-Za-z]+)\b")]
    private static partial Regex Use();
}
