using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// Chromium stamps the current time into /CreationDate and /ModDate; nothing else in its PDFs varies between
/// runs. Rewriting those fixed-width digits in place keeps every offset valid and makes releases reproducible.
/// </summary>
internal static partial class PdfDates
{
    public static byte[] Fix(byte[] pdf, DateOnly date)
    {
        var stamp = Encoding.ASCII.GetBytes(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000");
        var text = Encoding.Latin1.GetString(pdf);
        var result = (byte[])pdf.Clone();
        foreach (Match match in InfoDate().Matches(text))
        {
            var digits = match.Groups["digits"];
            Array.Copy(stamp, 0, result, digits.Index, stamp.Length);
        }

        return result;
    }

    [GeneratedRegex(@"/(CreationDate|ModDate)\s*\(D:(?<digits>\d{14})")]
    private static partial Regex InfoDate();
}
