using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Preview;

/// <summary>
/// What the preview shows, rebuilt after each change: every document's pages from the last run that rendered,
/// and the diagnostics of the latest run. Immutable; the server swaps in a new one.
/// </summary>
/// <param name="Version">Counts rebuilds; an open page reloads when it sees a newer one.</param>
internal sealed record PreviewState(int Version, HtmlStage.Output? Html, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static PreviewState Empty { get; } = new(0, null, []);

    public RenderedDocument? Find(string id) => Html?.Documents.FirstOrDefault(d => d.Document.Id == id);

    /// <summary>
    /// A document that failed keeps its last good pages, so the editor still sees it beside its errors; the
    /// others show their new pages. A run that rendered nothing (a broken template) keeps everything as it was.
    /// </summary>
    public PreviewState Next(HtmlStage.Output? html, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (html is null || Html is null)
        {
            return new(Version + 1, html ?? Html, diagnostics);
        }

        var fresh = html.Documents.Select(d => d.Document.Id).ToHashSet(StringComparer.Ordinal);
        var failed = Html.Documents.Where(d => !fresh.Contains(d.Document.Id) && diagnostics.Any(x => x.Position.File.Contains($"/{d.Document.Id}/", StringComparison.Ordinal)));
        return new(Version + 1, html with { Documents = html.Documents.Concat(failed).OrderBy(d => d.Document.Id, StringComparer.Ordinal).ToList() }, diagnostics);
    }
}
