using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Text;
using InfoBladPublisher.Markdown.Figures;
using InfoBladPublisher.Markdown.Print;
using Markdig.Extensions.Tables;
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

        foreach (var block in doc.Body.Syntax.Descendants<LeafBlock>().Where(b => b is ParagraphBlock or HeadingBlock && b.Parent is not TableCell))
        {
            var bold = block is HeadingBlock;
            foreach (var literal in block.Inline?.Descendants<LiteralInline>() ?? [])
            {
                var strong = bold || literal.FindParentOfType<EmphasisInline>().Any(e => e.DelimiterCount >= 2);
                var text = literal.Content.ToString();
                var at = 0;
                foreach (var word in text.Split(' '))
                {
                    if (word.Length > 0 && !word.Contains("://", StringComparison.Ordinal) && !fit.Fits(word, fit.BodyPt, strong))
                    {
                        Report(new SourcePosition(bodyFile, literal.Line + 1, literal.Column + 1 + at), word, fit.WidthMm(word, fit.BodyPt, strong), fit, diagnostics);
                        ok = false;
                    }

                    at += word.Length + 1;
                }
            }
        }

        foreach (var table in doc.Body.Syntax.Descendants<Table>())
        {
            var rows = table.OfType<TableRow>().ToList();
            var columns = rows.FirstOrDefault()?.Count ?? 0;
            var right = table.ColumnDefinitions.Take(columns).Select(c => c.Alignment == TableColumnAlign.Right).ToList();
            ok &= TableFits(rows.Where(r => r.IsHeader).Select(TablePrintRenderer.Texts).ToList(), rows.Where(r => !r.IsHeader).Select(TablePrintRenderer.Texts).ToList(),
                columns, right, fit.GutterMm, new SourcePosition(bodyFile, table.Line + 1, table.Column + 1), fit, diagnostics);
        }

        foreach (var data in doc.Body.Syntax.Descendants<DataBlock>().Where(d => d is { Kind: DataBlockKind.Tabel, Dataset: not null }))
        {
            ok &= TableFits([data.Dataset!.Columns.Select(c => c.Titel).ToList()], DataBlockPrintRenderer.Cells(data.Dataset), data.Dataset.Columns.Count,
                data.Dataset.Columns.Select(c => c.IsNumeric).ToList(), fit.DataGutterMm,
                new SourcePosition(bodyFile, data.Line + 1, data.Column + 1), fit, diagnostics);
        }

        return ok;
    }

    /// <summary>
    /// Whether a table's words stay on the page: the columns get the shares the print data gives them
    /// (<see cref="ColumnWidths"/>), a word is measured in the font (the header bold), and a word wider than its
    /// column runs on from where the column starts (to the left, in a right-aligned column). Running into the next
    /// column is left to the page rules' eye; running off the text column is what publish refuses (IBP072).
    /// </summary>
    private static bool TableFits(IReadOnlyList<IReadOnlyList<string>> header, IReadOnlyList<IReadOnlyList<string>> body, int columns, List<bool> right,
        double gutterMm, SourcePosition at, ColumnFit fit, DiagnosticBag diagnostics)
    {
        var shares = ColumnWidths.Of(header, body, columns);
        var room = fit.ColumnMm - (gutterMm * Math.Max(0, columns - 1));
        var total = shares.Sum();
        var start = 0.0;
        for (var i = 0; i < shares.Count; i++)
        {
            var widthMm = shares[i] / total * room;
            var words = header.Select(r => (Row: r, Bold: true)).Concat(body.Select(r => (Row: r, Bold: false)))
                .Where(x => i < x.Row.Count)
                .SelectMany(x => x.Row[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (Word: w, Mm: fit.WidthMm(w, fit.BodyPt, x.Bold))));
            var longest = words.MaxBy(w => w.Mm);
            var rightAligned = i < right.Count && right[i];
            var off = rightAligned ? longest.Mm - (start + widthMm) : start + longest.Mm - fit.ColumnMm;
            if (longest.Word is not null && off > 0.2)
            {
                diagnostics.Report(DiagnosticCodes.WordTooLong, at,
                    $"kolom {i + 1} van deze tabel is {widthMm:0.0} mm breed in druk, en het woord '{Common.Snippet.Of(longest.Word, 24)}' erin heeft {longest.Mm:0.0} mm nodig, dus de rij zou {off:0.0} mm buiten de pagina lopen; breek dat woord af of maak het korter, of geef de tabel minder kolommen",
                    $"column {i + 1} of this table is {widthMm:0.0} mm wide in print, and its word '{Common.Snippet.Of(longest.Word, 24)}' needs {longest.Mm:0.0} mm, so the row would run {off:0.0} mm off the page; break or shorten that word, or give the table fewer columns");
                return false;
            }

            start += widthMm + gutterMm;
        }

        return true;
    }

    private static void Report(SourcePosition at, string word, double widthMm, ColumnFit fit, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCodes.WordTooLong, at,
            $"het woord '{Common.Snippet.Of(word, 24)}' is {widthMm:0} mm breed en de tekstkolom {fit.ColumnMm:0} mm, dus de pagina zou het afsnijden; voeg spaties of afbreekstreepjes toe",
            $"the word '{Common.Snippet.Of(word, 24)}' is {widthMm:0} mm wide and the text column {fit.ColumnMm:0} mm, so the page would cut it off; add spaces or hyphens");
}
