using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>Text of a PDF page as letters, split by size: body (9 pt and up), notes (7 pt) and colofon (6.5 pt).</summary>
internal static class PdfText
{
    /// <summary>Whitespace removed and ligatures unfolded, so line breaks and glyph choices do not matter.</summary>
    public static string Squash(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string All(Page page) => Squash(string.Concat(page.Letters.Select(l => l.Value)));

    /// <summary>The letterhead band at the top of page 1 (52 mm) holds the woordmerk, which is not body text.</summary>
    private const double LetterheadPoints = 52 / 25.4 * 72;

    public static string Body(Page page) => Squash(string.Concat(page.Letters
        .Where(l => l.PointSize >= 8.5 && !(page.Number == 1 && l.StartBaseLine.Y > page.Height - LetterheadPoints))
        .Select(l => l.Value)));

    public static string Notes(Page page) => Squash(string.Concat(page.Letters.Where(l => l.PointSize is >= 6.8 and < 8.5).Select(l => l.Value)));

    /// <summary>Below this (pt from the bottom) stand the page numbers, not notes.</summary>
    public const double FootMargin = 62;

    /// <summary>Note numbers set small in the body column: calls (about 6.3 pt) or markers at the page foot (about 4.9 pt).</summary>
    public static List<int> SmallNumbers(Page page, Func<double, bool> size, double bodyRight, Func<Letter, bool>? keep = null)
    {
        var numbers = new List<int>();
        Letter? previous = null;
        var current = string.Empty;
        foreach (var letter in page.Letters.Where(l => l.Value.Length == 1 && char.IsDigit(l.Value[0]) && size(l.PointSize) && l.StartBaseLine.X < bodyRight && l.StartBaseLine.Y > FootMargin && (keep is null || keep(l))))
        {
            var adjacent = previous is not null && Math.Abs(previous.StartBaseLine.Y - letter.StartBaseLine.Y) < 0.5 && letter.StartBaseLine.X - previous.EndBaseLine.X < 1;
            if (!adjacent && current.Length > 0)
            {
                numbers.Add(int.Parse(current, CultureInfo.InvariantCulture));
                current = string.Empty;
            }

            current += letter.Value;
            previous = letter;
        }

        if (current.Length > 0)
        {
            numbers.Add(int.Parse(current, CultureInfo.InvariantCulture));
        }

        return numbers;
    }
}
