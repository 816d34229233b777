using System.Globalization;
using System.Text;

namespace InfoBladPublisher.Diagnostics;

/// <summary>
/// Text quoted from content, made safe for one line of a log. A YAML key holding a line break and
/// <c>::error …</c> would otherwise write a GitHub workflow command into the preview job's log, and an ANSI
/// escape would repaint the terminal; direction controls would make the line read differently.
/// </summary>
public static class PrintableText
{
    public static string Escape(string text)
    {
        if (!text.EnumerateRunes().Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            escaped.Append(rune.Value switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(rune) => string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"),
                _ => rune.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Controls (C0, DEL, C1), line and paragraph separators, and direction controls.</summary>
    private static bool NeedsEscape(Rune rune) =>
        Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029 or 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);
}
