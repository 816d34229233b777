using System.Globalization;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Validation;

/// <summary>
/// Characters a YAML value holds once its escapes are decoded (<c>"\a"</c>, <c>"\e[31m"</c>, <c>"\u2028"</c>,
/// <c>"\uD800"</c>): the file itself is clean, but the value is not, and the PDF's properties and the print
/// engine refuse it. Tabs and line breaks are text.
/// </summary>
internal static class DecodedCharacters
{
    /// <returns>False when the value holds such a character (reported at the value).</returns>
    public static bool Check(string key, string value, SourcePosition position, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
            {
                return Refuse(key, c, "half of a surrogate pair, not a character", position, diagnostics);
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
                continue;
            }

            if (c is not ('\t' or '\n') && (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF'))
            {
                return Refuse(key, c, c is '\u2028' or '\u2029' ? "a line or paragraph separator" : "a control character", position, diagnostics);
            }
        }

        return true;
    }

    private static bool Refuse(string key, char c, string what, SourcePosition position, DiagnosticBag diagnostics)
    {
        diagnostics.Report(DiagnosticCodes.NotCleanText, position,
            $"'{key}' holds U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}, {what} (written as an escape such as \\u{((int)c).ToString("X4", CultureInfo.InvariantCulture)}); the PDF cannot hold it: remove it");
        return false;
    }
}
