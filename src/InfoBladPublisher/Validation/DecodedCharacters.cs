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
                return Refuse(key, c, new Wording("de helft van een surrogaatpaar, geen teken", "half of a surrogate pair, not a character"), position, diagnostics);
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
                continue;
            }

            if (c is not ('\t' or '\n') && (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF'))
            {
                return Refuse(key, c, c is '\u2028' or '\u2029' ? new Wording("een regel- of alineascheiding", "a line or paragraph separator") : new Wording("een stuurteken", "a control character"), position, diagnostics);
            }
        }

        return true;
    }

    private static bool Refuse(string key, char c, Wording what, SourcePosition position, DiagnosticBag diagnostics)
    {
        var hex = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        diagnostics.Report(DiagnosticCodes.NotCleanText, position,
            $"'{key}' bevat U+{hex}, {what.Nl} (geschreven als escape zoals \\u{hex}); de PDF kan dit niet bevatten: verwijder het",
            $"'{key}' holds U+{hex}, {what.En} (written as an escape such as \\u{hex}); the PDF cannot hold it: remove it");
        return false;
    }
}
