namespace InfoBladPublisher.Markdown.Print;

/// <summary>
/// The share of the text column each table column gets, from its cells' text, as a browser's automatic table
/// layout decides it: every column at least as wide as its longest word, and the room left over given in
/// proportion to how much more each column's longest cell wants. Typst gets the shares as fractions, so it
/// measures no cell to size a column (auto columns cost a long document seconds, and let a long last column
/// squeeze the first to nothing).
/// </summary>
internal static class ColumnWidths
{
    /// <summary>About how many characters of body text fit on the 120 mm text column.</summary>
    public const double ColumnCharacters = 75;

    /// <summary>A gutter between columns, in characters.</summary>
    private const double Gutter = 1.5;

    /// <summary>Header text is bold, a little wider than the same letters in the body.</summary>
    private const double Bold = 1.1;

    /// <param name="header">The header rows' cells, as text.</param>
    /// <param name="body">The body rows' cells, as text.</param>
    /// <returns>One share a column, in characters; their sum is about <see cref="ColumnCharacters"/> less the gutters.</returns>
    public static IReadOnlyList<double> Of(IEnumerable<IReadOnlyList<string>> header, IEnumerable<IReadOnlyList<string>> body, int columns)
    {
        if (columns == 0)
        {
            return [];
        }

        var least = new double[columns];
        var most = new double[columns];
        foreach (var (row, weight) in header.Select(r => (r, Bold)).Concat(body.Select(r => (r, 1.0))))
        {
            for (var i = 0; i < Math.Min(columns, row.Count); i++)
            {
                var text = row[i].Trim();
                var longestWord = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
                least[i] = Math.Max(least[i], longestWord * weight);
                most[i] = Math.Max(most[i], text.Length * weight);
            }
        }

        for (var i = 0; i < columns; i++)
        {
            least[i] = Math.Max(least[i], 2);
            most[i] = Math.Max(most[i], least[i]);
        }

        var room = ColumnCharacters - (Gutter * (columns - 1));
        var (sumLeast, sumMost) = (least.Sum(), most.Sum());
        if (sumMost <= room)
        {
            // Everything fits on one line a cell: the spare room goes in proportion to what each column holds.
            return most.Select(m => Math.Round(m * room / sumMost, 2)).ToList();
        }

        if (sumLeast >= room)
        {
            return least.Select(l => Math.Round(l * room / sumLeast, 2)).ToList();
        }

        var spare = (room - sumLeast) / (sumMost - sumLeast);
        return least.Select((l, i) => Math.Round(l + ((most[i] - l) * spare), 2)).ToList();
    }

    /// <summary>The widths as the print data's <c>widths</c>.</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter json, IReadOnlyList<double> widths)
    {
        json.WriteStartArray("widths");
        foreach (var width in widths)
        {
            json.WriteNumberValue(width);
        }

        json.WriteEndArray();
    }
}
