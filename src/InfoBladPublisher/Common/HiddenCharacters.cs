using System.Globalization;
using System.Text;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Common;

/// <summary>
/// Invisible characters in metadata. A direction override (U+202A–U+202E, U+2066–U+2069) makes a title or
/// kenmerk read differently from what it holds ("Trojan Source"); no metadata needs one. Zero-width characters
/// and the soft hyphen are allowed only inside a word, where Dutch text uses them to break or join
/// (zee&#173;in&#173;vloed); anywhere else they only hide a difference between two values that look the same.
/// </summary>
internal static class HiddenCharacters
{
    private const int MaxReported = 5;

    /// <returns>False when a character was refused (each reported at its line and column).</returns>
    public static bool Refuse(string text, string display, DiagnosticBag diagnostics)
    {
        var reported = 0;
        var line = 1;
        var column = 1;
        var previous = default(Rune);
        var runes = text.EnumerateRunes().ToList();
        for (var i = 0; i < runes.Count && reported < MaxReported; i++)
        {
            var rune = runes[i];
            if (Problem(rune, previous, i + 1 < runes.Count ? runes[i + 1] : default) is { } problem)
            {
                diagnostics.Report(DiagnosticCodes.NotCleanText, new SourcePosition(display, line, column), $"{Describe(rune)} {problem.Nl}; verwijder het", $"{Describe(rune)} {problem.En}; remove it");
                reported++;
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + rune.Utf16SequenceLength);
            previous = rune;
        }

        return reported == 0;
    }

    private static Wording? Problem(Rune rune, Rune before, Rune after)
    {
        if (IsDirectionControl(rune.Value))
        {
            return new Wording(
                "is een teken dat de schrijfrichting stuurt, waardoor de tekst anders leest dan wat er werkelijk staat",
                "is a direction control, which makes the text read differently from what it holds");
        }

        if (IsWordJoiner(rune.Value))
        {
            return Rune.IsLetter(before) && Rune.IsLetter(after)
                ? null
                : new Wording(
                    "is een onzichtbaar teken buiten een woord (het is alleen toegestaan tussen twee letters)",
                    "is an invisible character outside a word (it is allowed only between two letters)");
        }

        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format
            ? new Wording("is een onzichtbaar opmaakteken, dat metadata niet nodig heeft", "is an invisible format character, which metadata does not need")
            : null;
    }

    public static bool IsDirectionControl(int c) => c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;

    /// <summary>Soft hyphen, zero-width space, non-joiner, joiner and word joiner: the ones Dutch text uses inside words.</summary>
    private static bool IsWordJoiner(int c) => c is 0xAD or 0x200B or 0x200C or 0x200D or 0x2060;

    private static string Describe(Rune rune) => string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
}
