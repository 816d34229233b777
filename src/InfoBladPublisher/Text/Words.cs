using System.Globalization;
using System.Text;
using AnyAscii;

namespace InfoBladPublisher.Text;

/// <summary>
/// Text cut into what a reader compares: runs of letters and digits, and every other visible character on its
/// own (so a lost bracket or comma counts). Compatibility forms are folded (a ligature is its letters) and
/// accents are left off (é is e): an accent may be one character or a letter and a combining mark, and the PDF
/// reader does not always give the mark back; a lost letter still counts.
/// Invisible characters (soft hyphens, joiners, variation selectors) and the narrow spaces are dropped without
/// cutting the word: Typst sets a thin or narrow space as room, not as a character, so the PDF's text runs the
/// words on ("smalle\u2009en" reads "smalleen"), and the web page's text must be read the same way.
/// </summary>
internal static class Words
{
    public static IEnumerable<string> Of(string text) => Read(text).Select(w => w.Word);

    /// <summary>
    /// The words an output must show: as <see cref="Of"/>, less the words that hold a joiner, a variation
    /// selector or a combining accent. The PDF reader drops a letter beside such a character (PdfPig reads "het\u2060woord" as
    /// "hewoord", where a PDF viewer reads it whole), so those words cannot be held to the PDF's text.
    /// </summary>
    public static IEnumerable<string> Required(string text) => Read(text).Where(w => !w.Joined).Select(w => w.Word);

    /// <summary>
    /// Whether the text holds a joiner, a soft hyphen, a variation selector or a combining accent. Typst shapes
    /// such a cluster into a glyph it shares with other text, and the PDF reader (PdfPig) then reads that glyph
    /// wrongly everywhere in the document (after "e\u0301", "één" reads "n"), where a PDF viewer reads it right.
    /// </summary>
    public static bool HasClusters(string text) =>
        text.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);

    private static IEnumerable<(string Word, bool Joined)> Read(string text)
    {
        var word = new StringBuilder();
        var joined = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsNarrowSpace(rune))
            {
                continue; // set as room, not as a character: the words run on
            }

            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                // A joiner, a variation selector or a combining accent: the PDF reader may drop the letter it goes with.
                joined = true;
                continue;
            }

            if (IsWordPart(category))
            {
                word.Append(rune.ToString());
                continue;
            }

            if (word.Length > 0)
            {
                yield return (Fold(word.ToString()), joined);
                word.Clear();
            }

            joined = false;
            if (!Rune.IsWhiteSpace(rune) && category is not UnicodeCategory.Control)
            {
                foreach (var piece in Fold(rune.ToString()).Where(c => !char.IsWhiteSpace(c)))
                {
                    yield return (piece.ToString(), false);
                }
            }
        }

        if (word.Length > 0)
        {
            yield return (Fold(word.ToString()), joined);
        }
    }

    /// <summary>
    /// Ligatures as their letters, accents left off, every other sign spelt in ASCII (AnyAscii), the same on both
    /// sides. Not <c>string.Normalize</c>: the tool runs with invariant globalization, where it decomposes nothing.
    /// </summary>
    private static string Fold(string text) => text.Transliterate();

    private static bool IsNarrowSpace(Rune rune) => rune.Value is (>= 0x2000 and <= 0x200A and not 0x2002 and not 0x2003) or 0x202F or 0x205F;

    /// <summary>Whether a piece of <see cref="Of"/> is a run of letters and digits, not a sign of its own.</summary>
    public static bool IsWord(string piece) => piece.Length > 0 && IsWordPart(Rune.GetUnicodeCategory(Rune.GetRuneAt(piece, 0)));

    private static bool IsWordPart(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
