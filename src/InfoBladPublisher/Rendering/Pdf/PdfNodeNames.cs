using System.Text;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// Chromium names a PDF's link destinations after its DOM node ids ("(node00000163)"), a counter that runs on
/// across every document a reused page has held. Renumbered here in place, in the same order and width, they
/// depend only on the document: a page's first document and its hundredth print the same bytes. The order is
/// kept because the destination name tree is sorted by name.
/// </summary>
internal static class PdfNodeNames
{
    private static readonly byte[] Prefix = Encoding.ASCII.GetBytes("(node");

    public static byte[] Normalise(byte[] pdf)
    {
        var found = new List<(int Start, int Length, long Value)>();
        var span = pdf.AsSpan();
        var at = 0;
        int hit;
        while ((hit = span[at..].IndexOf(Prefix)) >= 0)
        {
            var start = at + hit + Prefix.Length;
            var end = start;
            while (end < span.Length && span[end] >= (byte)'0' && span[end] <= (byte)'9' && end - start < 18)
            {
                end++;
            }

            if (end > start && end < span.Length && span[end] == (byte)')')
            {
                found.Add((start, end - start, long.Parse(Encoding.ASCII.GetString(span[start..end]), System.Globalization.CultureInfo.InvariantCulture)));
            }

            at = end;
        }

        if (found.Count == 0)
        {
            return pdf;
        }

        // The k-th smallest of distinct positive numbers is at least k, so every new number fits its old width.
        var rank = found.Select(f => f.Value).Distinct().Order().Select((value, index) => (value, index)).ToDictionary(p => p.value, p => p.index + 1L);
        var result = (byte[])pdf.Clone();
        foreach (var (start, length, value) in found)
        {
            var digits = rank[value].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(length, '0');
            Encoding.ASCII.GetBytes(digits).CopyTo(result, start);
        }

        return result;
    }
}
