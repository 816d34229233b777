using System.Reflection;
using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// The codes are one table: every constant has a descriptor, every descriptor is raised by the product (with
/// its descriptor's severity, which callers cannot choose), and every code is explained in the editors' guide
/// at the anchor its descriptor links to.
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
    public void Every_descriptor_Should_be_raised_by_the_product()
    {
        var raised = SourceFiles()
            .Where(f => !f.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal))
            .SelectMany(f => Use().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var never = Constants.Where(c => !raised.Contains(c.Key)).Select(c => $"{c.Value} {c.Key}").ToList();
        Assert.True(never.Count == 0, "never raised: " + string.Join(", ", never));
    }

    [Fact]
    public void A_reported_diagnostic_Should_take_its_severity_from_its_descriptor()
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCodes.DatasetUnused, SourcePosition.StartOf("x.yml"), "w", "w");
        bag.Report(DiagnosticCodes.UnknownKey, SourcePosition.StartOf("x.yml"), "e", "e");
        Assert.Equal([Severity.Warning, Severity.Error], bag.ToSortedList().OrderBy(d => d.Message, StringComparer.Ordinal).Reverse().Select(d => d.Severity));
        Assert.Equal(1, bag.ErrorCount);
    }

    [Fact]
    public void Every_code_Should_be_explained_in_the_editors_guide()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editors-guide.md"));
        var undocumented = DiagnosticCodes.All
            .Where(d => !guide.Contains($"| <a id=\"{d.HelpLink.Split('#')[1]}\"></a>{d.Id} |", StringComparison.Ordinal))
            .Select(d => d.Id).ToList();
        Assert.True(undocumented.Count == 0, "not in the editors' guide: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void Every_documented_code_Should_exist_and_have_an_example_and_a_fix()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editors-guide.md"));
        var rows = GuideRow().Matches(guide).ToList();
        var known = DiagnosticCodes.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(known.Order(StringComparer.Ordinal), rows.Select(r => r.Groups["code"].Value).Order(StringComparer.Ordinal));
        Assert.All(rows, r =>
        {
            // The guide shows the Dutch title the CLI prints, from the one table, so the two cannot drift.
            Assert.StartsWith(DiagnosticCodes.Describe(r.Groups["code"].Value).TitleNl + " (", r.Groups["meaning"].Value, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Groups["example"].Value), r.Groups["code"].Value + " has no example");
            Assert.False(string.IsNullOrWhiteSpace(r.Groups["fix"].Value), r.Groups["code"].Value + " has no fix");
        });
    }

    [GeneratedRegex(@"^\| <a id=""ibp\d+""></a>(?<code>IBP\d+) \| (?<meaning>[^|]+) \| (?<example>[^|]+) \| (?<fix>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex GuideRow();

    private static readonly string[] SourceFolders = ["src/InfoBladPublisher", "src/InfoBladPublisher.Cli"];

    private static IEnumerable<string> SourceFiles() =>
        SourceFolders
            .SelectMany(d => Directory.GetFiles(Path.Combine(RepoPaths.Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"DiagnosticCodes\.(?<name>[A-Z][A-Za-z]+)\b")]
    private static partial Regex Use();
}
