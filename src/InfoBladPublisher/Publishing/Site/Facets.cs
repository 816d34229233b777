using System.Globalization;
using System.Text.RegularExpressions;

namespace InfoBladPublisher.Publishing.Site;

/// <summary>One value of a filter: its page (from the release folder), what a reader reads, and its documents.</summary>
internal sealed record FacetValue(string Page, string Label, IReadOnlyList<SiteDocument> Documents);

/// <summary>A filter of the overview (type, year, sender, information category) with every value the release has.</summary>
internal sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);

/// <summary>
/// The overview's filters as pages, so they work without JavaScript: one page per value, under
/// <c>overzicht/</c>, named by the filter and a value that is safe in a file name.
/// </summary>
internal static partial class Facets
{
    public const string Folder = "overzicht/";

    public static IReadOnlyList<Facet> Of(IReadOnlyList<SiteDocument> documents) =>
    [
        Make("Type", "type", documents, d => d.Document.Meta.Type.Name, d => Capitalise(d.Document.Meta.Type.Name), byLabel: true),
        // Newest year first, as the list itself.
        Make("Jaar", "jaar", documents, d => d.Document.Meta.Datum.Year.ToString(CultureInfo.InvariantCulture), d => d.Document.Meta.Datum.Year.ToString(CultureInfo.InvariantCulture), byLabel: false),
        Make("Afzender", "afzender", documents, d => d.Document.Afzender.Id, d => d.Document.Afzender.Onderdeel, byLabel: true),
        Make("Informatiecategorie", "categorie", documents, d => d.Informatiecategorie.Id, d => Capitalise(d.Informatiecategorie.Label), byLabel: true),
    ];

    /// <summary>Newest first, and by id within a day, so every build lists the same order.</summary>
    public static IReadOnlyList<SiteDocument> NewestFirst(IEnumerable<SiteDocument> documents) =>
        documents.OrderByDescending(d => d.Document.Meta.Datum).ThenBy(d => d.Document.Id, StringComparer.Ordinal).ToList();

    private static Facet Make(string name, string prefix, IReadOnlyList<SiteDocument> documents, Func<SiteDocument, string> key, Func<SiteDocument, string> label, bool byLabel)
    {
        // Two values that make one slug (an id in capitals and in lower case) each get a page: the later one numbered.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var groups = documents.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FacetValue(Folder + prefix + "-" + Unique(Slug(g.Key), taken) + ".html", label(g.First()), NewestFirst(g)))
            .ToList();
        var ordered = byLabel
            ? groups.OrderBy(v => v.Label, StringComparer.Ordinal).ThenBy(v => v.Page, StringComparer.Ordinal)
            : groups.OrderByDescending(v => v.Page, StringComparer.Ordinal);
        return new Facet(name, ordered.ToList());
    }

    private static string Unique(string slug, HashSet<string> taken)
    {
        var name = slug;
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{slug}-{n}";
        }

        return name;
    }

    /// <summary>Lower case letters, digits, '-' and '_' only: a value can never climb out of the folder or need escaping.</summary>
    public static string Slug(string value)
    {
        var slug = Unsafe().Replace(value.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "leeg" : slug;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex("[^a-z0-9_-]+")]
    private static partial Regex Unsafe();
}
