using System.Globalization;
using System.Text;

namespace InfoBladPublisher.Text;

/// <summary>
/// Text cut into what a reader compares: runs of letters and digits, and every other visible character on its
/// own (so a lost bracket or comma counts). Compatibility forms are folded (a ligature is its letters) and
/// invisible characters (soft hyphens, joiners) are dropped, since outputs may add or drop those legitimately.
/// </summary>
internal static class Words
{
    public static IEnumerable<string> Of(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormKC);
        var word = new StringBuilder();
        foreach (var rune in normal.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsWordPart(category))
            {
                word.Append(rune.ToString());
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (!Rune.IsWhiteSpace(rune) && category is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark))
            {
                yield return rune.ToString();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>Whether a piece of <see cref="Of"/> is a run of letters and digits, not a sign of its own.</summary>
    public static bool IsWord(string piece) => piece.Length > 0 && IsWordPart(Rune.GetUnicodeCategory(Rune.GetRuneAt(piece, 0)));

    private static bool IsWordPart(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
