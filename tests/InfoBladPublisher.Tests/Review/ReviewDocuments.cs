using InfoBladPublisher.Review;
using InfoBladPublisher.Review.Report;

namespace InfoBladPublisher.Tests.Review;

/// <summary>Comparisons made from page texts alone, as <see cref="ReleaseComparer"/> would make them, for the report's writers.</summary>
internal static class ReviewDocuments
{
    private static readonly byte[] Picture = [0x89, 0x50, 0x4E, 0x47];

    public static DocumentSide Side(string id, string title, params string[][] pages) =>
        new(id, new Dictionary<string, string> { ["titel"] = title }, [.. pages.Select(p => (IReadOnlyList<string>)p)], new Dictionary<string, byte[]>());

    /// <summary>A changed document with its first PDF page changed, and its text diffed as the comparer does.</summary>
    public static DocumentComparison Changed(DocumentSide before, DocumentSide after) =>
        new(after.Id, after.Metadata["titel"], DocumentChange.Changed, [], [Page(before, after)], [])
        {
            TextChanges = TextChanges.Between(before, after),
        };

    public static ReleaseComparison Of(params DocumentComparison[] documents)
    {
        var sorted = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        return new ReleaseComparison(sorted, VisualTolerance.Default) { Groups = PageGroups.Of(sorted) };
    }

    private static PageChange Page(DocumentSide before, DocumentSide after) =>
        new("pdf-01.png", Picture, Picture, Picture, 0.01, ReleaseComparer.TextDiff(1, before, after)); // no region: never grouped
}
