using System.Text;
using CsvHelper;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Data;

/// <summary>Reads a CSV file with CsvHelper and gives every field the line and column it came from.</summary>
internal static class CsvRecords
{
    public sealed record Field(string Text, SourcePosition Position);

    public static List<List<Field>> Read(string displayPath, string text, DiagnosticBag diagnostics)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            OnMalformedRecord = record => diagnostics.Report(DiagnosticCodes.MalformedCsv, new SourcePosition(displayPath, (int)Math.Max(1, record.LineNumber), 1), $"ongeldige CSV: {record.Reason}", $"malformed CSV: {record.Reason}"),
        };

        var records = new List<List<Field>>();
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var column = 1;
            var fields = new List<Field>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                // CsvHelper gives a field's raw bytes; their length in characters moves the column along.
                var raw = reader.GetRawSpan(i);
                var leading = 0;
                while (leading < raw.Length && raw[leading] is (byte)' ' or (byte)'\t')
                {
                    leading++;
                }

                fields.Add(new Field(reader.GetString(i), new SourcePosition(displayPath, line, column + leading)));
                column += Encoding.UTF8.GetCharCount(raw) + 1;
            }

            records.Add(fields);
        }

        return records;
    }
}
