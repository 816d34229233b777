using System.Text;

namespace InfoBladPublisher.Review.Report;

/// <summary>A word diff as HTML: each removed word in its own &lt;del&gt;, each added word in its own &lt;ins&gt;.</summary>
internal static class WordMarkup
{
    /// <param name="escape">For where the words land: HTML for the report, HTML and Markdown for the summary.</param>
    public static StringBuilder Append(StringBuilder html, IReadOnlyList<DiffWord> words, Func<string, string> escape)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                html.Append(' ');
            }

            var text = escape(words[i].Text);
            _ = words[i].Kind switch
            {
                WordKind.Removed => html.Append("<del>").Append(text).Append("</del>"),
                WordKind.Added => html.Append("<ins>").Append(text).Append("</ins>"),
                _ => html.Append(text),
            };
        }

        return html;
    }
}
