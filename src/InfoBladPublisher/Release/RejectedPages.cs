using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Release;

/// <summary>
/// When the layout gate refuses a release, the editor still needs to see the pages it names: the PDFs go to a
/// separate folder (<c>OUTPUT/.afgekeurd/VERSION/</c>), never to the release, which stays as it was.
/// </summary>
internal static class RejectedPages
{
    public const string Folder = ".afgekeurd";

    public static string? Write(string releasesRoot, string version, IReadOnlyDictionary<string, PdfResult> pdfs)
    {
        if (pdfs.Count == 0)
        {
            return null;
        }

        var folder = Path.Combine(releasesRoot, Folder, version);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        foreach (var (id, pdf) in pdfs)
        {
            var target = Path.Combine(folder, id + ".pdf");
            if (pdf.Stored is { } stored)
            {
                File.Copy(stored.Path, target, overwrite: true); // a document that passed, kept in the cache
            }
            else
            {
                File.WriteAllBytes(target, pdf.Pdf);
            }
        }

        return folder;
    }
}
