using System.Text.RegularExpressions;
using InfoBladPublisher.Model;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// The editors' guide's key table agrees with the document type definitions: every key of every type is in
/// it, for the types that have it, and required where the definition requires it.
/// </summary>
public sealed partial class DocumentTypeTableTests
{
    [Fact]
    public void The_guide_key_table_Should_match_every_document_type()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editors-guide.md"));
        var rows = Row().Matches(guide).ToDictionary(m => m.Groups["key"].Value, m => (Types: m.Groups["types"].Value, Required: m.Groups["required"].Value), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var type in DocumentType.All)
        {
            foreach (var field in type.Schema.Fields.Values)
            {
                if (!rows.TryGetValue(field.Key, out var row))
                {
                    problems.Add($"'{field.Key}' ({type.Name}) is not in the guide's key table");
                    continue;
                }

                if (row.Types != "all" && !row.Types.Split(',', StringSplitOptions.TrimEntries).Contains(type.Name))
                {
                    problems.Add($"'{field.Key}' is a key of {type.Name}, but the guide says '{row.Types}'");
                }

                var guideRequired = row.Required.StartsWith("yes", StringComparison.Ordinal) && !row.Required.Contains($"optional for an {type.Name}", StringComparison.Ordinal);
                if (guideRequired != field.Required)
                {
                    problems.Add($"'{field.Key}' is {(field.Required ? "required" : "optional")} for {type.Name}, but the guide says '{row.Required}'");
                }
            }
        }

        var allKeys = DocumentType.All.SelectMany(t => t.Schema.Fields.Keys).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(rows.Keys.Where(k => !allKeys.Contains(k)).Select(k => $"the guide lists '{k}', which no type has"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex(@"^\| `(?<key>[a-z_]+)` \| (?<types>[a-z, ]+) \| (?<required>[^|]+?) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
