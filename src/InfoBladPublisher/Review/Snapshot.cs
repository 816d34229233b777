using InfoBladPublisher.Rendering.Browser;
using System.Globalization;

namespace InfoBladPublisher.Review;

/// <summary>
/// Every picture of a release that a reviewer or a visual test looks at: each PDF page, and each HTML page at
/// each width. Named &lt;doc&gt;/pdf-01.png, &lt;doc&gt;/web-0390.png, so names sort in reading order.
/// </summary>
public static class Snapshot
{
    public static string PdfPageName(string documentId, int page) => $"{documentId}/pdf-{page.ToString("00", CultureInfo.InvariantCulture)}.png";

    public static string WebName(string documentId, int width) => $"{documentId}/web-{width.ToString("0000", CultureInfo.InvariantCulture)}.png";

    /// <summary>The documents of a release, from its manifest, with their PDF and HTML files.</summary>
    /// <exception cref="Release.InvalidReleaseException">The release does not match its manifest (checked before any file of it is read).</exception>
    public static IReadOnlyList<(string Id, string Pdf, string Html)> Documents(string releaseFolder) =>
        Documents(releaseFolder, Release.ReleaseCheck.Verified(releaseFolder));

    /// <summary>The documents of a release whose manifest was already verified (a release is hashed once per reading).</summary>
    internal static IReadOnlyList<(string Id, string Pdf, string Html)> Documents(string releaseFolder, Release.ReleaseManifest verified) =>
        verified.Documents
            .Select(d => (d.Id, Path.Combine(releaseFolder, d.FileOf("pdf").Path), Path.Combine(releaseFolder, d.FileOf("html").Path)))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    /// <param name="same">Documents whose PDF or web page the other side has byte for byte: those are not pictured.</param>
    public static Task<SortedDictionary<string, byte[]>> TakeAsync(string releaseFolder, BrowserHost browser, Report.SameOutputs? same = null, CancellationToken cancellationToken = default) =>
        TakeAsync(Documents(releaseFolder), browser, same, cancellationToken);

    internal static async Task<SortedDictionary<string, byte[]>> TakeAsync(IReadOnlyList<(string Id, string Pdf, string Html)> documents, BrowserHost browser, Report.SameOutputs? same, CancellationToken cancellationToken)
    {

        // pdftoppm is one process per document: as many at once as there are cores. The browser takes one page at a time.
        var rasterised = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<byte[]>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            documents.Where(d => same?.Pdf.Contains(d.Id) != true),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (d, token) => rasterised[d.Id] = await PdfRasterizer.RasterizeAsync(d.Pdf, token).ConfigureAwait(false)).ConfigureAwait(false);

        var images = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, pages) in rasterised)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                images[PdfPageName(id, i + 1)] = pages[i];
            }
        }

        var screenshots = new HtmlScreenshotter(browser);
        foreach (var (id, _, html) in documents.Where(d => same?.Web.Contains(d.Id) != true))
        {
            var text = await File.ReadAllTextAsync(html, cancellationToken).ConfigureAwait(false);
            foreach (var width in HtmlScreenshotter.Widths)
            {
                images[WebName(id, width)] = await screenshots.CaptureAsync(text, width).ConfigureAwait(false);
            }
        }

        return images;
    }
}
