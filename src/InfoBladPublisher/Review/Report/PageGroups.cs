using System.Globalization;

namespace InfoBladPublisher.Review.Report;

/// <summary>A changed page of one document, as a member of a group.</summary>
public sealed record PageRef(string DocumentId, string Page);

/// <summary>Pages whose difference is the same: the first is shown in full, the rest as thumbnails.</summary>
/// <param name="Description">What the members share, in words, for the report and the summary.</param>
public sealed record PageGroup(int Number, string Description, IReadOnlyList<PageRef> Members)
{
    public PageRef First => Members[0];
}

/// <summary>
/// Groups changed pages whose difference is the same, so that one template change on 37 documents is shown
/// once. Two pages have the same difference when they are the same kind of picture (a PDF page, or the web page
/// at one width), the rectangle of their differing pixels is the same to within <see cref="Grid"/> pixels, and the
/// words their text lost and gained are the same (as multisets, ignoring order and lines that only moved).
/// A page that was added or removed, or changed size, is never grouped.
/// </summary>
public static class PageGroups
{
    /// <summary>Pixels at 60 dpi (about 3.4 mm): a region may shift this much and still count as the same place.</summary>
    public const int Grid = 8;

    public static IReadOnlyList<PageGroup> Of(IReadOnlyList<DocumentComparison> documents)
    {
        var byKey = new Dictionary<string, (string Description, List<PageRef> Members)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var doc in documents.Where(d => d.Change == DocumentChange.Changed))
        {
            foreach (var page in doc.ChangedPages)
            {
                if (KeyOf(page) is not var (key, description))
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var group))
                {
                    group = (description, []);
                    byKey[key] = group;
                    order.Add(key);
                }

                group.Members.Add(new PageRef(doc.Id, page.Name));
            }
        }

        var number = 0;
        return [.. order.Where(k => byKey[k].Members.Count > 1).Select(k => new PageGroup(++number, byKey[k].Description, byKey[k].Members))];
    }

    private static (string Key, string Description)? KeyOf(PageChange page)
    {
        if (page.Region is not { } region || page.Base is null || page.Head is null)
        {
            return null;
        }

        var kind = page.IsPdfPage ? "pdf" : page.Name[..8]; // web-0390: one width
        var (x, y) = (Snap(region.X), Snap(page.BandTop + region.Y));
        var (right, bottom) = (Snap(region.X + region.Width), Snap(page.BandTop + region.Y + region.Height));
        var (lost, gained) = WordChange(page.Text);
        var text = lost.Count + gained.Count == 0
            ? "alleen opmaak"
            : string.Join(" ", lost.Select(w => "−" + w).Concat(gained.Select(w => "+" + w)));
        var key = string.Create(CultureInfo.InvariantCulture, $"{kind}|{x},{y},{right},{bottom}|{string.Join('\u001f', lost)}|{string.Join('\u001f', gained)}");
        var where = string.Create(CultureInfo.InvariantCulture, $"{(page.IsPdfPage ? "PDF" : PageChange.LabelOf(page.Name))}, gebied {x}–{right} × {y}–{bottom} px");
        return (key, $"{where}; tekst: {text}");
    }

    private static int Snap(int pixels) => (int)Math.Round(pixels / (double)Grid) * Grid;

    /// <summary>The words the page lost and gained, each side without the words the other also has.</summary>
    internal static (IReadOnlyList<string> Lost, IReadOnlyList<string> Gained) WordChange(IReadOnlyList<TextLine> lines)
    {
        var lost = Words(lines.Where(l => l.Kind == TextLineKind.Removed));
        var gained = Words(lines.Where(l => l.Kind == TextLineKind.Added));
        foreach (var word in lost.ToList())
        {
            if (gained.Remove(word))
            {
                lost.Remove(word);
            }
        }

        return ([.. lost.Order(StringComparer.Ordinal)], [.. gained.Order(StringComparer.Ordinal)]);
    }

    private static List<string> Words(IEnumerable<TextLine> lines) =>
        [.. lines.SelectMany(l => l.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];
}
