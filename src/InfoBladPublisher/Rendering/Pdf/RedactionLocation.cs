using System.Globalization;
using System.Text;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>A bar on a PDF page: its page, its ground, and where on the page (tekst, noot, vrij for the letterhead, marge).</summary>
internal sealed record RedactionLocation(int Page, string Ground, string Region)
{
    public static IReadOnlyList<RedactionLocation> From(Layout.LayoutFacts layout) =>
        layout.Pages.SelectMany(p => p.Redactions.Select(r => new RedactionLocation(p.Number, r.Ground, r.Region))).ToList();

    /// <summary>As the cache keeps them: a line each, "page ground region".</summary>
    public static byte[] ToBytes(IReadOnlyList<RedactionLocation> locations) =>
        Encoding.UTF8.GetBytes(string.Concat(locations.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Page} {l.Ground} {l.Region}\n"))));

    public static IReadOnlyList<RedactionLocation> FromBytes(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(parts => new RedactionLocation(int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], parts[2]))
            .ToList();
}
