using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// Hugo, Jekyll and Quarto keep metadata in a <c>---</c> block at the top of the Markdown; here it belongs in
/// document.yml. Left alone, Markdig reads it as a rule and a heading, and it would be published.
/// </summary>
internal static partial class FrontMatterBlock
{
    /// <returns>The number of lines of the front-matter block the text starts with (reported at line 1, with its keys), or 0 when there is none.</returns>
    public static int Check(string bodyPath, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n', 200);
        if (lines.Length < 3 || lines[0].TrimEnd('\r', ' ') != "---")
        {
            return 0;
        }

        var end = Array.FindIndex(lines, 1, Math.Min(lines.Length, 199) - 1, l => l.TrimEnd('\r', ' ') is "---" or "...");
        var keys = lines.Skip(1).Take(end < 0 ? 0 : end - 1).Select(l => Key().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        if (end < 0 || keys.Count == 0)
        {
            return 0;
        }

        diagnostics.Report(DiagnosticCodes.FrontMatter, new SourcePosition(bodyPath, 1, 1),
            $"tekst.md begint met een blok metadata (regels 1–{end + 1}: {string.Join(", ", keys)}); metadata hoort in document.yml, in dezelfde map: zet deze sleutels daar en verwijder het blok",
            $"tekst.md starts with a metadata block (lines 1–{end + 1}: {string.Join(", ", keys)}); metadata goes in document.yml beside it: move these keys there and delete the block");
        return end + 1;
    }

    /// <summary>The text with its first <paramref name="lines"/> lines emptied, so the rest keeps its line numbers.</summary>
    public static string Blank(int lines, string text)
    {
        if (lines == 0)
        {
            return text;
        }

        var parts = text.Split('\n');
        return new string('\n', lines) + string.Join('\n', parts.Skip(lines));
    }

    [GeneratedRegex(@"^([A-Za-z_][\w ]*?)\s*:(\s|$)")]
    private static partial Regex Key();
}
