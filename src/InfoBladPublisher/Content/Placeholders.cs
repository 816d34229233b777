using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Content;

/// <summary>
/// The <c>[invullen: …]</c> marks that <c>infoblad new</c> leaves where only the editor knows what to write.
/// Each one left is an error, so a scaffold cannot be published half-filled.
/// </summary>
internal static partial class Placeholders
{
    public const string Open = "[invullen";

    /// <summary>A placeholder as a YAML value (quoted: YAML would read a bare '[' as a list).</summary>
    public static string Yaml(string what) => $"\"{Open}: {what}]\"";

    /// <returns>The lines (from 1) that hold a placeholder, each placeholder reported at its line and column.</returns>
    public static HashSet<int> Find(string displayPath, string text, DiagnosticBag diagnostics)
    {
        var found = new HashSet<int>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in Mark().Matches(lines[i]))
            {
                diagnostics.Report(DiagnosticCodes.PlaceholderLeft, new SourcePosition(displayPath, i + 1, m.Index + 1), $"vul de placeholder {m.Value} in of verwijder die", $"fill in or remove the placeholder {m.Value}");
                found.Add(i + 1);
            }
        }

        return found;
    }

    [GeneratedRegex(@"\[invullen(?::[^\]\n]*)?\]", RegexOptions.IgnoreCase)]
    private static partial Regex Mark();
}
