using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// Words wider than the text column, found before any layout: in the title (set bold at the title's size) and
/// in the body's paragraphs and headings. Table cells and notes are narrower or smaller; the page rules judge them.
/// </summary>
internal static class WordFitCheck
{
    /// <returns>False when a word does not fit (each reported at the word).</returns>
    public static bool Run(Document doc, string bodyFile, ColumnFit fit, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var word in doc.Meta.Titel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !fit.Fits(w, fit.TitlePt, bold: true)))
        {
            Report(doc.Meta.TitelAt, word, fit.WidthMm(word, fit.TitlePt, bold: true), fit, diagnostics);
            ok = false;
        }

        foreach (var block in doc.Body.Syntax.Descendants<LeafBlock>().Where(b => b is ParagraphBlock or HeadingBlock && b.Parent is not Markdig.Extensions.Tables.TableCell))
        {
            var bold = block is HeadingBlock;
            foreach (var literal in block.Inline?.Descendants<LiteralInline>() ?? [])
            {
                var text = literal.Content.ToString();
                var at = 0;
                foreach (var word in text.Split(' '))
                {
                    if (word.Length > 0 && !word.Contains("://", StringComparison.Ordinal) && !fit.Fits(word, fit.BodyPt, bold))
                    {
                        Report(new SourcePosition(bodyFile, literal.Line + 1, literal.Column + 1 + at), word, fit.WidthMm(word, fit.BodyPt, bold), fit, diagnostics);
                        ok = false;
                    }

                    at += word.Length + 1;
                }
            }
        }

        return ok;
    }

    private static void Report(SourcePosition at, string word, double widthMm, ColumnFit fit, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCodes.WordTooLong, at,
            $"the word '{Common.Snippet.Of(word, 24)}' is {widthMm:0} mm wide and the text column {fit.ColumnMm:0} mm, so the page would cut it off; add spaces or hyphens");
}
