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

    /// <summary>A failed run keeps the pages of the last good one, so the editor still sees the document beside its errors.</summary>
    public PreviewState Next(HtmlStage.Output? html, IReadOnlyList<Diagnostic> diagnostics) => new(Version + 1, html ?? Html, diagnostics);
}
