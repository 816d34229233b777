using System.Globalization;
using System.Text;

namespace InfoBladPublisher.Text;

/// <summary>
/// Text cut into what a reader compares: runs of letters and digits, and every other visible character on its
/// own (so a lost bracket or comma counts). Compatibility forms are folded (a ligature is its letters).
/// Invisible characters (soft hyphens, joiners, variation selectors) and the narrow spaces are dropped without
/// cutting the word: Typst sets a thin or narrow space as room, not as a character, so the PDF's text runs the
/// words on ("smalle\u2009en" reads "smalleen"), and the web page's text must be read the same way.
/// </summary>
internal static class Words
{
    public static IEnumerable<string> Of(string text) => Read(text).Select(w => w.Word);

    /// <summary>
    /// The words an output must show: as <see cref="Of"/>, less the words that hold a joiner or a variation
    /// selector. The PDF reader drops a letter beside such a character (PdfPig reads "het\u2060woord" as
    /// "hewoord", where a PDF viewer reads it whole), so those words cannot be held to the PDF's text.
    /// </summary>
    public static IEnumerable<string> Required(string text) => Read(text).Where(w => !w.Joined).Select(w => w.Word);

    private static IEnumerable<(string Word, bool Joined)> Read(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormKC);
        var word = new StringBuilder();
        var joined = false;
        foreach (var rune in normal.EnumerateRunes())
        {
            if (IsInvisible(rune))
            {
                joined |= rune.Value is not ((>= 0x2000 and <= 0x200A) or 0x202F or 0x205F);
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (IsWordPart(category))
            {
                word.Append(rune.ToString());
                continue;
            }

            if (word.Length > 0)
            {
                yield return (word.ToString(), joined);
                word.Clear();
            }

            joined = false;
            if (!Rune.IsWhiteSpace(rune) && category is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark))
            {
                yield return (rune.ToString(), false);
            }
        }

        if (word.Length > 0)
        {
            yield return (word.ToString(), joined);
        }
    }

    /// <summary>Whether a piece of <see cref="Of"/> is a run of letters and digits, not a sign of its own.</summary>
    public static bool IsWord(string piece) => piece.Length > 0 && IsWordPart(Rune.GetUnicodeCategory(Rune.GetRuneAt(piece, 0)));

    private static bool IsInvisible(Rune rune) =>
        rune.Value is (>= 0x2000 and <= 0x200A and not 0x2002 and not 0x2003) or 0x202F or 0x205F or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF)
        || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format;

    private static bool IsWordPart(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
