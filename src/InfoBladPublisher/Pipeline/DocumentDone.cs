using System.Globalization;

namespace InfoBladPublisher.Pipeline;

/// <summary>One document finished its PDF: for a progress bar in a terminal, or a plain line in a log.</summary>
/// <param name="Pages">Null when the PDF could not be made.</param>
public sealed record DocumentDone(int Done, int Total, string DocumentId, int? Pages, TimeSpan Elapsed)
{
    /// <summary>Unchanged since a cached run: not rendered.</summary>
    public bool FromCache { get; init; }

    /// <summary>The plain line: <c>[3/16] id: 5 pages, 2.9 s</c>.</summary>
    public override string ToString() => Pages is { } pages
        ? string.Create(CultureInfo.InvariantCulture, $"[{Done}/{Total}] {DocumentId}: {pages} pages, {(FromCache ? "unchanged (cache)" : $"{Elapsed.TotalSeconds:0.0} s")}")
        : $"[{Done}/{Total}] {DocumentId}: failed";
}
