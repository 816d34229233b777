using System.Diagnostics;
using System.Globalization;

namespace InfoBladPublisher.Review;

/// <summary>The text of each PDF page in reading order, by poppler's pdftotext, as lines.</summary>
public static class PdfPageText
{
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ReadAsync(string pdfPath, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("pdftotext")
        {
            ArgumentList = { "-enc", "UTF-8", pdfPath, "-" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start pdftotext");
        var text = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext failed on {pdfPath} (exit code {process.ExitCode.ToString(CultureInfo.InvariantCulture)})");
        }

        // pdftotext ends every page with a form feed.
        var pages = text.Split('\f');
        return pages.Take(pages.Length - 1)
            .Select(p => (IReadOnlyList<string>)p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList())
            .ToList();
    }
}
