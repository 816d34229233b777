using System.Text;

namespace InfoBladPublisher.Review.Report;

/// <summary>
/// Text from a pull request (titles, ids, paths, messages, words) for summary.md, which GitHub renders as Markdown
/// and, inside &lt;details&gt;, as HTML. Every character that could open markup in either becomes a numeric
/// character reference, which both read as the plain character and neither as markup; line breaks become spaces,
/// so no text starts a line (a heading, a quote, a list) or ends an HTML block with an empty line.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// HTML's specials, Markdown's inline marks and the line-start ones that matter mid-line too (#, &gt;), a table's
    /// pipe, GitHub's math dollar and mention at, the colon of an autolink (http://), and the marks of common
    /// extensions (==mark==, ++ins++, ^sup^, {attributes}). A hyphen or a full stop opens nothing mid-line, so ids
    /// and paths stay readable in the raw file.
    /// </summary>
    private const string Marked = "&<>\"'\\`*_~[]()!#|$@:^+={}";

    public static string Escape(string? text)
    {
        var escaped = new StringBuilder();
        text ??= string.Empty;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\t' or '\u2028' or '\u2029' or '\u0085')
            {
                escaped.Append(' ');
            }
            else if (Marked.Contains(c, StringComparison.Ordinal) || (c == '.' && WwwBefore(text, i)))
            {
                escaped.Append("&#").Append((int)c).Append(';');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>"www." would be linked without a scheme; its full stop is written as a reference instead.</summary>
    private static bool WwwBefore(string text, int dot) => dot >= 3 && text.AsSpan(dot - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase);
}
