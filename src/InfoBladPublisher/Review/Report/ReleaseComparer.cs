using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace InfoBladPublisher.Review.Report;

/// <summary>Compares two releases document by document, page by page: pictures, text (with moves between pages) and metadata.</summary>
public static class ReleaseComparer
{
    /// <param name="plan">Which documents were rendered, and why: the others are listed as having the same inputs.</param>
    /// <param name="same">Documents whose outputs are byte for byte the same on both sides (not pictured).</param>
    public static ReleaseComparison Compare(ReleaseSide baseSide, ReleaseSide headSide, VisualTolerance tolerance, Selection.ReviewPlan? plan = null, SameOutputs? same = null)
    {
        same ??= SameOutputs.None;
        var ids = baseSide.Documents.Keys.Union(headSide.Documents.Keys).Union(plan?.Documents.Select(d => d.Id) ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        // Documents are compared side by side, as many at once as there are cores; the order stays the ids'.
        var documents = ids.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(id => CompareOne(id, baseSide, headSide, tolerance, plan?.Find(id), same))
            .ToList();
        return new ReleaseComparison(documents, tolerance) { Groups = PageGroups.Of(documents) };
    }

    private static DocumentComparison CompareOne(string id, ReleaseSide baseSide, ReleaseSide headSide, VisualTolerance tolerance, Selection.PlannedDocument? planned, SameOutputs same)
    {
        baseSide.Documents.TryGetValue(id, out var before);
        headSide.Documents.TryGetValue(id, out var after);
        if (before is null && after is null)
        {
            // Not rendered: the plan found the same inputs on both sides.
            return new DocumentComparison(id, planned?.Title ?? id, DocumentChange.Unchanged, [], [], []) { Same = Sameness.SameInputs };
        }

        if (after is null && planned?.Change is Selection.PlannedChange.InputsChanged or Selection.PlannedChange.Added)
        {
            return new DocumentComparison(id, planned.Title ?? before?.Metadata["titel"] ?? id, DocumentChange.NotPublished, [], [], []) { ChangedInputs = planned.ChangedInputs };
        }

        var compared = CompareDocument(id, before, after, tolerance) with { ChangedInputs = planned?.ChangedInputs ?? [] };
        return compared.Change == DocumentChange.Unchanged && same.Both(id) ? compared with { Same = Sameness.SameBytes } : compared;
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
            var band = 0;
            if (baseImage is not null && headImage is not null && !name.StartsWith("pdf-", StringComparison.Ordinal) && !baseImage.AsSpan().SequenceEqual(headImage))
            {
                // A web page is compared and shown by the band that changed, not as a whole.
                if (TallPageCrop.Of(baseImage, headImage, tolerance) is not { } crop)
                {
                    unchanged.Add(name);
                    continue;
                }

                (baseImage, headImage, band) = crop;
            }

            ImageComparison? comparison = baseImage is not null && headImage is not null ? ImageComparer.Compare(baseImage, headImage, tolerance) : null;
            if (comparison is { IsSame: true })
            {
                unchanged.Add(name);
                continue;
            }

            var page = new PageChange(name, baseImage, headImage, comparison?.Diff, comparison?.DifferentPixelRatio ?? 1, []) { Region = comparison?.Region, BandTop = band };
            changed.Add(page.IsPdfPage ? page with { Text = TextDiff(page.PageNumber!.Value, before, after) } : page);
        }

        var words = TextChanges.Between(before, after);
        var change = (before, after) switch
        {
            (null, _) => DocumentChange.Added,
            (_, null) => DocumentChange.Removed,
            _ when changed.Count > 0 || metadata.Count > 0 || words.Count > 0 => DocumentChange.Changed,
            _ => DocumentChange.Unchanged,
        };
        return new DocumentComparison(id, title, change, metadata, changed, unchanged) { TextChanges = words };
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
