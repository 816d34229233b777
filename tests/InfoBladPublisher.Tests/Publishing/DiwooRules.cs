using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Publishing;

/// <summary>
/// The rules of a DiWoo record, read from the design note (<c>../shared/design/diwoo.md</c>), not from the code
/// that writes the records: its value lists, the required elements and the date types. Each broken rule is a
/// sentence, so a failing test says what is wrong.
/// </summary>
internal static partial class DiwooRules
{
    private static readonly XNamespace Ns = "https://standaarden.overheid.nl/diwoo/metadata/";
    private const string Thesaurus = "https://identifier.overheid.nl/tooi/def/thes/kern/";
    private const string Organisations = "https://identifier.overheid.nl/tooi/id/";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Lists = new(ReadLists);

    /// <summary>A value list of the note by its heading ("soortHandeling", "informatiecategorie", "documentsoort", "documentrelatie role"): TOOI URI → label.</summary>
    public static IReadOnlyDictionary<string, string> List(string name) => Lists.Value[name];

    /// <summary>The organisations the note names, by TOOI URI → name.</summary>
    public static IReadOnlyDictionary<string, string> KnownOrganisations => Lists.Value["Organisations"];

    public static IReadOnlyList<string> Broken(XElement document)
    {
        var broken = new List<string>();
        if (document.Name != Ns + "Document" || document.Elements().Count() != 1 || document.Elements().Single().Name != Ns + "DiWoo")
        {
            return ["the record is not diwoo:Document holding one diwoo:DiWoo"];
        }

        var diwoo = document.Elements().Single();
        broken.AddRange(diwoo.DescendantsAndSelf().Where(e => e.Name.Namespace != Ns).Select(e => $"{e.Name} is outside the DiWoo namespace"));
        Require(broken, diwoo, "publisher", e => Organisation(e, "publisher"));
        Require(broken, diwoo, "titelcollectie/officieleTitel", e => string.IsNullOrWhiteSpace(e.Value) ? "officieleTitel is empty" : null);
        Require(broken, diwoo, "classificatiecollectie/informatiecategorieen/informatiecategorie", e => Term(e, "informatiecategorie"));
        Require(broken, diwoo, "documenthandelingen/documenthandeling", e =>
            Child(e, "soortHandeling") is not { } kind ? "a documenthandeling has no soortHandeling"
            : Term(kind, "soortHandeling") ?? (Child(e, "atTime") is { } at ? DateTime(at.Value) : "a documenthandeling has no atTime"));
        foreach (var e in Path(diwoo, "classificatiecollectie/documentsoorten/documentsoort"))
        {
            broken.AddOptional(Term(e, "documentsoort"));
        }

        foreach (var e in Path(diwoo, "documentrelaties/documentrelatie"))
        {
            broken.AddOptional(Child(e, "role") is { } role ? Term(role, "documentrelatie role") : "a documentrelatie has no role");
            broken.AddOptional(Child(e, "relation") is { Value.Length: > 0 } ? null : "a documentrelatie has no relation");
        }

        foreach (var e in Path(diwoo, "opsteller").Concat(Path(diwoo, "verantwoordelijke")).Concat(diwoo.Descendants(Ns + "wasAssociatedWith")))
        {
            broken.AddOptional(Organisation(e, e.Name.LocalName));
        }

        foreach (var e in Path(diwoo, "creatiedatum"))
        {
            broken.AddOptional(Date(e.Value));
        }

        foreach (var e in Path(diwoo, "language"))
        {
            broken.AddOptional(e.Attribute("resource")?.Value.StartsWith("http://publications.europa.eu/resource/authority/language/", StringComparison.Ordinal) == true ? null : "language is not from the EU language authority");
        }

        return broken;
    }

    private static void AddOptional(this List<string> broken, string? problem)
    {
        if (problem is not null)
        {
            broken.Add(problem);
        }
    }

    private static void Require(List<string> broken, XElement diwoo, string path, Func<XElement, string?> rule)
    {
        var found = Path(diwoo, path).ToList();
        if (found.Count == 0)
        {
            broken.Add($"the required {path} is missing");
        }

        broken.AddRange(found.Select(rule).OfType<string>());
    }

    private static IEnumerable<XElement> Path(XElement from, string path) =>
        path.Split('/').Aggregate((IEnumerable<XElement>)[from], (at, name) => at.SelectMany(e => e.Elements(Ns + name)));

    private static XElement? Child(XElement e, string name) => e.Element(Ns + name);

    private static string? Term(XElement e, string list)
    {
        var resource = e.Attribute("resource")?.Value;
        return resource is null ? $"{e.Name.LocalName} has no resource"
            : !List(list).TryGetValue(resource, out var label) ? $"{e.Name.LocalName} resource {resource} is not in the {list} list"
            : label != e.Value ? $"{e.Name.LocalName} {resource} is labelled '{e.Value}', the list says '{label}'"
            : null;
    }

    private static string? Organisation(XElement e, string what)
    {
        var resource = e.Attribute("resource")?.Value;
        return resource is null || !OrganisationUri().IsMatch(resource) ? $"{what} resource '{resource}' is not a TOOI organisation"
            : string.IsNullOrWhiteSpace(e.Value) ? $"{what} has no name"
            : null;
    }

    private static string? DateTime(string text)
    {
        try
        {
            XmlConvert.ToDateTimeOffset(text);
            return text.Contains('T', StringComparison.Ordinal) ? null : $"atTime '{text}' is not an xs:dateTime";
        }
        catch (FormatException)
        {
            return $"atTime '{text}' is not an xs:dateTime";
        }
    }

    private static string? Date(string text) => DateDay().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", out _) ? null : $"creatiedatum '{text}' is not an xs:date";

    /// <summary>The note's lists: a "**name:**" line, then "- `c_id` label" lines; the organisations under their own heading.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadLists()
    {
        var note = System.IO.Path.Combine(RepoPaths.Root, "..", "shared", "design", "diwoo.md");
        var lists = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var line in File.ReadLines(note))
        {
            if (ListHeading().Match(line) is { Success: true } heading)
            {
                lists[heading.Groups[1].Value.Trim()] = current = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (line.StartsWith("## Organisations", StringComparison.Ordinal))
            {
                lists["Organisations"] = current = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (current is not null && TermLine().Match(line) is { Success: true } term)
            {
                var id = term.Groups[1].Value;
                current[id.StartsWith("c_", StringComparison.Ordinal) ? Thesaurus + id : Organisations + id] = term.Groups[2].Value.Trim();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
            }
        }

        return lists;
    }

    [GeneratedRegex(@"^\*\*([^*:]+?):?\*\*")]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"^- `([^`]+)`:? (.+)$")]
    private static partial Regex TermLine();

    [GeneratedRegex(@"^https://identifier\.overheid\.nl/tooi/id/(ministerie/mnre\d+|oorg/oorg\d+|gemeente/gm\d+|provincie/pv\d+|waterschap/ws\d+)$")]
    private static partial Regex OrganisationUri();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateDay();
}
