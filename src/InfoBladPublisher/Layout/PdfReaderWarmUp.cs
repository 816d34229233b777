using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace InfoBladPublisher.Layout;

/// <summary>
/// PdfPig's first open of a PDF costs about 0.2 s of one-time set-up, even ahead-of-time compiled: for a short
/// document that is most of the gate. Opening a blank page beside loading and templating takes it off the path.
/// </summary>
internal static class PdfReaderWarmUp
{
    private static readonly Lazy<Task> Started = new(() => Task.Run(Warm));

    /// <summary>Starts the warm-up once per process, and does not wait for it.</summary>
    public static void Start() => _ = Started.Value;

    private static void Warm()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        using var pdf = PdfDocument.Open(builder.Build());
        foreach (var page in pdf.GetPages())
        {
            _ = page.GetMarkedContents().Count;
        }
    }
}
