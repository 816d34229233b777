using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Tables;

/// <summary>
/// Pipe tables as the editor wrote them. Markdig pads a short row with an empty cell, gives an extra cell a
/// column without a header, accepts a delimiter row that does not match, and reads lines with no header or no
/// delimiter row as text: each of these is an error at its line. A cell left empty is an error too, as it is
/// most often one forgotten; <c>-</c> says "nothing here" on purpose.
/// </summary>
internal static partial class TableShapeCheck
{
    public const string EmptyMark = "-";

    public static void Check(MarkdownDocument syntax, string text, string bodyPath, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var lineStarts = LineStarts(text);
        foreach (var table in syntax.Descendants<Table>())
        {
            var depth = QuoteDepth(table);
            var first = table.Line;
            var last = LineOf(lineStarts, table.Span.End);
            CheckTable(Rows(lines, first, last, depth, table.Column), bodyPath, diagnostics);
        }

        foreach (var paragraph in syntax.Descendants<ParagraphBlock>().Where(p => p.Parent is not TableCell))
        {
            var depth = QuoteDepth(paragraph);
            CheckText(Rows(lines, paragraph.Line, LineOf(lineStarts, paragraph.Span.End), depth, paragraph.Column), bodyPath, diagnostics);
        }
    }

    private static void CheckTable(List<(int Line, string Text, int From)> rows, string bodyPath, DiagnosticBag diagnostics)
    {
        if (rows.Count < 2)
        {
            return;
        }

        var header = PipeRow.Split(rows[0].Text, rows[0].From);
        var delimiter = PipeRow.Split(rows[1].Text, rows[1].From);
        var columns = header.Cells.Count;
        if (delimiter.Cells.Count != columns)
        {
            var column = delimiter.Cells.Count > columns ? delimiter.Cells[columns].Column : delimiter.EndColumn;
            diagnostics.Report(DiagnosticCodes.TableShape, new SourcePosition(bodyPath, rows[1].Line + 1, column),
                $"de scheidingsregel heeft {delimiter.Cells.Count} cel(len) en de kopregel {columns}: geef de scheidingsregel één '---' voor elke kolom van de kopregel",
                $"the delimiter row has {delimiter.Cells.Count} cell(s) and the header row {columns}: give it one '---' for each column of the header");
        }

        EmptyCells(header, rows[0].Line, bodyPath, diagnostics);
        foreach (var (line, text, from) in rows.Skip(2))
        {
            var row = PipeRow.Split(text, from);
            if (row.Cells.Count < columns)
            {
                diagnostics.Report(DiagnosticCodes.TableRowCells, new SourcePosition(bodyPath, line + 1, row.EndColumn),
                    $"deze rij heeft {row.Cells.Count} cel(len) en de kopregel {columns}: er ontbreekt een cel, die leeg zou worden afgedrukt; voeg de cel toe (schrijf '{EmptyMark}' waar niets in te vullen is)",
                    $"this row has {row.Cells.Count} cell(s) and the header {columns}: a cell is missing, and would print empty; add it (write '{EmptyMark}' where there is nothing to fill in)");
            }
            else if (row.Cells.Count > columns)
            {
                diagnostics.Report(DiagnosticCodes.TableRowCells, new SourcePosition(bodyPath, line + 1, row.Cells[columns].Column),
                    $"deze rij heeft {row.Cells.Count} cellen en de kopregel {columns}: de cel(len) vanaf hier zouden een kolom zonder kop maken; verwijder ze, of voeg de kolom toe aan de kopregel en de scheidingsregel",
                    $"this row has {row.Cells.Count} cells and the header {columns}: the cell(s) from here would make a column without a header; remove them, or add the column to the header and the delimiter row");
            }

            EmptyCells(row, line, bodyPath, diagnostics);
        }
    }

    private static void EmptyCells(PipeRow row, int line, string bodyPath, DiagnosticBag diagnostics)
    {
        foreach (var cell in row.Cells.Where(c => c.IsEmpty))
        {
            diagnostics.Report(DiagnosticCodes.TableRowCells, new SourcePosition(bodyPath, line + 1, cell.Column),
                $"een lege cel: schrijf '{EmptyMark}' waar niets in te vullen is, zodat een cel nooit per ongeluk leeg blijft",
                $"an empty cell: write '{EmptyMark}' where there is nothing to fill in, so a cell is never left empty by accident");
        }
    }

    /// <summary>Lines that were meant as a table but read as text: no header above the delimiter row, or no delimiter row at all.</summary>
    private static void CheckText(List<(int Line, string Text, int From)> rows, string bodyPath, DiagnosticBag diagnostics)
    {
        var delimiterAt = rows.FindIndex(r => Delimiter().IsMatch(r.Text[r.From..]));
        if (delimiterAt == 0)
        {
            diagnostics.Report(DiagnosticCodes.TableShape, new SourcePosition(bodyPath, rows[0].Line + 1, 1),
                "een scheidingsregel zonder kopregel erboven: dit wordt afgedrukt als tekst, niet als tabel; schrijf de kopregel (| Kop | Kop |) op de regel erboven",
                "a delimiter row with no header row above it: this prints as text, not a table; write the header row (| Kop | Kop |) on the line above");
        }
        else if (delimiterAt > 0)
        {
            var stray = rows.Skip(delimiterAt + 1).FirstOrDefault(r => !r.Text.Contains('|', StringComparison.Ordinal));
            var at = stray.Text is null ? rows[delimiterAt].Line : stray.Line;
            diagnostics.Report(DiagnosticCodes.TableShape, new SourcePosition(bodyPath, at + 1, 1),
                "deze regels worden afgedrukt als tekst, niet als tabel: elke rij van een tabel heeft randen '|' nodig, en na een tabel hoort een lege regel",
                "these lines print as text, not a table: every row of a table needs its '|' borders, and a table a blank line after it");
        }
        else if (rows.Count >= 2 && rows.All(r => r.Text[r.From..].TrimStart().StartsWith('|') && r.Text.Count(c => c == '|') >= 2))
        {
            diagnostics.Report(DiagnosticCodes.TableShape, new SourcePosition(bodyPath, rows[1].Line + 1, 1),
                "deze regels worden afgedrukt als tekst, niet als tabel: een tabel heeft een scheidingsregel (| --- | --- |) onder de kopregel nodig",
                "these lines print as text, not a table: a table needs a delimiter row (| --- | --- |) under its header row");
        }
    }

    /// <param name="column">Where the block starts on its first line: after a list item's marker too.</param>
    private static List<(int Line, string Text, int From)> Rows(string[] lines, int first, int last, int depth, int column) =>
        Enumerable.Range(first, Math.Max(0, Math.Min(last, lines.Length - 1) - first + 1))
            .Select(i => (i, lines[i], i == first ? Math.Clamp(column, 0, lines[i].Length) : AfterQuotes(lines[i], depth))).ToList();

    /// <summary>Where a line's own text starts inside <paramref name="depth"/> block quotes.</summary>
    private static int AfterQuotes(string line, int depth)
    {
        var i = 0;
        for (var d = 0; d < depth; d++)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                i++;
            }
        }

        return i;
    }

    private static int QuoteDepth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            depth += parent is QuoteBlock ? 1 : 0;
        }

        return depth;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    /// <summary>The line (from 0) that holds an offset.</summary>
    private static int LineOf(List<int> starts, int offset)
    {
        var found = starts.BinarySearch(offset);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>A delimiter row: cells of dashes, with a colon for alignment, and at least one '|'.</summary>
    [GeneratedRegex(@"^\s*(?=[^|]*\|)\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex Delimiter();
}
