using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// Hugo, Jekyll and Quarto keep metadata in a <c>---</c> block at the top of the Markdown; here it belongs in
/// document.yml. Left alone, Markdig reads it as a rule and a heading, and it would be published.
/// </summary>
internal static partial class FrontMatterBlock
{
    /// <returns>False when the text starts with a front-matter block (reported at line 1, with its keys).</returns>
    public static bool Check(string bodyPath, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n', 200);
        if (lines.Length < 3 || lines[0].TrimEnd('\r', ' ') != "---")
        {
            return true;
        }

        var end = Array.FindIndex(lines, 1, Math.Min(lines.Length, 199) - 1, l => l.TrimEnd('\r', ' ') is "---" or "...");
        var keys = lines.Skip(1).Take(end < 0 ? 0 : end - 1).Select(l => Key().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        if (end < 0 || keys.Count == 0)
        {
            return true;
        }

        diagnostics.Report(DiagnosticCodes.FrontMatter, new SourcePosition(bodyPath, 1, 1),
            $"tekst.md starts with a metadata block (lines 1–{end + 1}: {string.Join(", ", keys)}); metadata goes in document.yml beside it: move these keys there and delete the block");
        return false;
    }

    [GeneratedRegex(@"^([A-Za-z_][\w ]*?)\s*:(\s|$)")]
    private static partial Regex Key();
}
