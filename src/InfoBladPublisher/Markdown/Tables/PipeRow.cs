namespace InfoBladPublisher.Markdown.Tables;

/// <summary>
/// One source line of a pipe table, split into its cells as Markdig splits it: a <c>\|</c> and a pipe inside a
/// code span are text, not a border. Markdig pads a short row and drops the difference, so the cells are
/// counted here, from the line the editor wrote.
/// </summary>
internal sealed record PipeRow(IReadOnlyList<PipeRow.Cell> Cells, int EndColumn)
{
    /// <param name="Column">Where the cell's text starts, from 1.</param>
    public sealed record Cell(int Column, string Text)
    {
        public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
    }

    /// <param name="from">Where the row starts in the line: after a quote's '&gt;' or a list item's indent.</param>
    public static PipeRow Split(string line, int from)
    {
        var cells = new List<Cell>();
        var i = from;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        if (i < line.Length && line[i] == '|')
        {
            i++; // the leading border
        }

        var start = i;
        while (i < line.Length)
        {
            switch (line[i])
            {
                case '\\':
                    i += 2;
                    break;
                case '`':
                    i = AfterCodeSpan(line, i);
                    break;
                case '|':
                    cells.Add(new Cell(start + 1, line[start..i]));
                    start = ++i;
                    break;
                default:
                    i++;
                    break;
            }
        }

        var tail = line[Math.Min(start, line.Length)..];
        if (!string.IsNullOrWhiteSpace(tail))
        {
            cells.Add(new Cell(start + 1, tail)); // a row need not end with a border
        }

        return new PipeRow(cells, line.TrimEnd().Length + 1);
    }

    /// <summary>Past a code span's closing run of as many backticks; an opening run never closed is text.</summary>
    private static int AfterCodeSpan(string line, int at)
    {
        var run = 0;
        while (at + run < line.Length && line[at + run] == '`')
        {
            run++;
        }

        for (var i = at + run; i < line.Length;)
        {
            if (line[i] != '`')
            {
                i++;
                continue;
            }

            var close = 0;
            while (i + close < line.Length && line[i + close] == '`')
            {
                close++;
            }

            if (close == run)
            {
                return i + close;
            }

            i += close;
        }

        return at + run;
    }
}
