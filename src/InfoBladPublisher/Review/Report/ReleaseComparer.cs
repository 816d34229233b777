using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace InfoBladPublisher.Review.Report;

/// <summary>Compares two releases document by document, page by page: pictures, text (with moves between pages) and metadata.</summary>
public static class ReleaseComparer
{
    public static ReleaseComparison Compare(ReleaseSide baseSide, ReleaseSide headSide, VisualTolerance tolerance)
    {
        var ids = baseSide.Documents.Keys.Union(headSide.Documents.Keys).Order(StringComparer.Ordinal);
        var documents = new List<DocumentComparison>();
        foreach (var id in ids)
        {
            baseSide.Documents.TryGetValue(id, out var before);
            headSide.Documents.TryGetValue(id, out var after);
            documents.Add(CompareDocument(id, before, after, tolerance));
        }

        return new ReleaseComparison(documents, tolerance);
    }

    private static DocumentComparison CompareDocument(string id, DocumentSide? before, DocumentSide? after, VisualTolerance tolerance)
    {
        var title = (after ?? before)!.Metadata["titel"];
        var metadata = (after ?? before)!.Metadata.Keys
            .Select(k => new MetadataChange(k, before?.Metadata.GetValueOrDefault(k) ?? string.Empty, after?.Metadata.GetValueOrDefault(k) ?? string.Empty))
            .Where(m => m.Base != m.Head)
            .ToList();

        var names = (before?.Images.Keys ?? []).Union(after?.Images.Keys ?? []).Order(StringComparer.Ordinal);
        var changed = new List<PageChange>();
        var unchanged = new List<string>();
        foreach (var name in names)
        {
            var baseImage = before?.Images.GetValueOrDefault(name);
            var headImage = after?.Images.GetValueOrDefault(name);
            ImageComparison? comparison = baseImage is not null && headImage is not null ? ImageComparer.Compare(baseImage, headImage, tolerance) : null;
            if (comparison is { IsSame: true })
            {
                unchanged.Add(name);
                continue;
            }

            var page = new PageChange(name, baseImage, headImage, comparison?.Diff, comparison?.DifferentPixelRatio ?? 1, []);
            changed.Add(page.IsPdfPage ? page with { Text = TextDiff(page.PageNumber!.Value, before, after) } : page);
        }

        var change = (before, after) switch
        {
            (null, _) => DocumentChange.Added,
            (_, null) => DocumentChange.Removed,
            _ when changed.Count > 0 || metadata.Count > 0 => DocumentChange.Changed,
            _ => DocumentChange.Unchanged,
        };
        return new DocumentComparison(id, title, change, metadata, changed, unchanged);
    }

    /// <summary>The line diff of one page; a line that left this page but stands on another is shown as moved.</summary>
    internal static IReadOnlyList<TextLine> TextDiff(int page, DocumentSide? before, DocumentSide? after)
    {
        IReadOnlyList<string> Lines(DocumentSide? side, int n) => side is not null && n <= side.PageText.Count ? side.PageText[n - 1] : [];

        var diff = InlineDiffBuilder.Diff(string.Join('\n', Lines(before, page)), string.Join('\n', Lines(after, page)), ignoreWhiteSpace: true);
        var lines = new List<TextLine>();
        foreach (var line in diff.Lines)
        {
            switch (line.Type)
            {
                case ChangeType.Deleted:
                    var to = FindPage(after, line.Text, exclude: page);
                    lines.Add(to is null ? new TextLine(TextLineKind.Removed, line.Text, null) : new TextLine(TextLineKind.MovedAway, line.Text, to));
                    break;
                case ChangeType.Inserted:
                    var from = FindPage(before, line.Text, exclude: page);
                    lines.Add(from is null ? new TextLine(TextLineKind.Added, line.Text, null) : new TextLine(TextLineKind.MovedHere, line.Text, from));
                    break;
                default:
                    lines.Add(new TextLine(TextLineKind.Same, line.Text, null));
                    break;
            }
        }

        return lines;
    }

    private static int? FindPage(DocumentSide? side, string text, int exclude)
    {
        if (side is null)
        {
            return null;
        }

        for (var i = 0; i < side.PageText.Count; i++)
        {
            if (i + 1 != exclude && side.PageText[i].Contains(text, StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
