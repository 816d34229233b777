namespace InfoBladPublisher.Review;

/// <summary>The text of each PDF page in reading order, by poppler's pdftotext, as lines.</summary>
internal static class PdfPageText
{
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ReadAsync(string pdfPath, CancellationToken cancellationToken = default)
    {
        var text = await Poppler.RunAsync("pdftotext", ["-enc", "UTF-8", pdfPath, "-"], cancellationToken).ConfigureAwait(false);

        // pdftotext ends every page with a form feed.
        var pages = text.Split('\f');
        return pages.Take(pages.Length - 1)
            .Select(p => (IReadOnlyList<string>)p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList())
            .ToList();
    }
}
