using System.Text;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// Chromium writes links as absolute URLs, so a link to another document of the release would point at the
/// made-up render origin. The origin folder is rewritten in place, byte for byte, to "./" repeated: the link
/// becomes relative to the PDF's own folder and every offset in the file stays valid.
/// </summary>
internal static class PdfLinks
{
    public static byte[] MakeRelative(byte[] pdf, string originFolder)
    {
        if (originFolder.Length % 2 != 0)
        {
            throw new ArgumentException("the origin folder must have an even length to be replaced by './' pairs", nameof(originFolder));
        }

        var from = Encoding.ASCII.GetBytes("(" + originFolder);
        var to = Encoding.ASCII.GetBytes("(" + string.Concat(Enumerable.Repeat("./", originFolder.Length / 2)));
        var result = (byte[])pdf.Clone();
        var span = result.AsSpan();
        var at = 0;
        int found;
        while ((found = span[at..].IndexOf(from)) >= 0)
        {
            to.CopyTo(span[(at + found)..]);
            at += found + to.Length;
        }

        return result;
    }
}
