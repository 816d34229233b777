using System.Text.RegularExpressions;
using InfoBladPublisher.Model;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>The editors' guide's table of organisation keys agrees with the organisation schema, key by key.</summary>
public sealed partial class OrganisationTableTests
{
    [Fact]
    public void The_guide_organisation_table_Should_match_the_schema()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editors-guide.md"));
        var rows = Row().Matches(guide).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["required"].Value == "yes", StringComparer.Ordinal);
        var fields = Schemas.Organisation.Fields.Values.ToDictionary(f => f.Key, f => f.Required, StringComparer.Ordinal);

        Assert.Equal(fields.OrderBy(f => f.Key, StringComparer.Ordinal), rows.OrderBy(r => r.Key, StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^\| `(?<key>[a-z_]+):` \| (?<required>yes|no) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
