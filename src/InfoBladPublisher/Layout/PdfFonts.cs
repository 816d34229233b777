using UglyToad.PdfPig;

namespace InfoBladPublisher.Layout;

/// <summary>The fonts a PDF really uses, read from its text, each with a few of the characters set in it.</summary>
public static class PdfFonts
{
    public static IReadOnlyDictionary<string, string> Read(byte[] pdf)
    {
        var fonts = new Dictionary<string, System.Text.StringBuilder>(StringComparer.Ordinal);
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters)
            {
                var name = letter.FontName ?? "(unnamed)";
                if (!fonts.TryGetValue(name, out var sample))
                {
                    fonts[name] = sample = new System.Text.StringBuilder();
                }

                if (sample.Length < 12 && !string.IsNullOrWhiteSpace(letter.Value) && !sample.ToString().Contains(letter.Value, StringComparison.Ordinal))
                {
                    sample.Append(letter.Value);
                }
            }
        }

        return fonts.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
    }
}
