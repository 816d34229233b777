using System.Globalization;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Validation;
using YamlDotNet.RepresentationModel;
using K = InfoBladPublisher.Data.DatasetKeys;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Data;

/// <summary>Loads content/datasets/&lt;id&gt;/: dataset.yml with its rows inline (rijen) or in data.csv, checked cell by cell.</summary>
internal static class DatasetLoader
{
    public static Dictionary<string, Dataset> LoadAll(ConfinedDirectory content, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Dataset>(StringComparer.Ordinal);
        foreach (var folder in content.Folders(K.Folder))
        {
            if (Load(content, folder, diagnostics) is { } dataset)
            {
                result[dataset.Id] = dataset;
            }
        }

        return result;
    }

    private static Dataset? Load(ConfinedDirectory content, string folder, DiagnosticBag diagnostics)
    {
        var metaFile = Path.Combine(folder, K.MetadataFile);
        var csvFile = Path.Combine(folder, K.CsvFile);
        var display = content.Display(metaFile);
        if (!Ids.Check(Path.GetFileName(folder), new Wording("dataset", "dataset"), SourcePosition.StartOf(content.Display(folder)), diagnostics))
        {
            return null;
        }

        if (content.Check(metaFile) == FileProblem.Missing)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, SourcePosition.StartOf(display), $"{K.MetadataFile} ontbreekt; elke map in {K.Folder}/ heeft er een nodig", $"missing {K.MetadataFile}; every folder under {K.Folder}/ needs one");
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var metaBytes = content.TryReadBytes(metaFile, Limits.YamlFileBytes, diagnostics);
        var metaText = metaBytes is null ? null : SourceText.TryDecode(metaBytes, display, diagnostics, metadata: true);
        var mapping = metaText is null ? null : YamlFile.ParseMapping(display, metaText, diagnostics);
        if (metaText is not null)
        {
            Redaction.RedactionMarks.Refuse(display, metaText, new Wording("een dataset", "a dataset"), diagnostics);
        }

        if (mapping is null)
        {
            return null;
        }

        var v = SchemaValidator.Validate(display, mapping, DatasetSchemas.Dataset, diagnostics);
        var columns = ReadColumns(display, v, diagnostics);
        var keyColumn = v.Text(K.Sleutel);
        if (keyColumn is not null && columns.Count > 0 && !columns.Exists(c => c.Name == keyColumn))
        {
            var hint = DidYouMean.Tail(keyColumn, columns.Select(c => c.Name));
            diagnostics.Report(DiagnosticCodes.UnknownFigure, v.PositionOf(K.Sleutel), $"sleutel '{keyColumn}' is niet een van de kolommen{hint.Nl}", $"sleutel '{keyColumn}' is not one of the columns{hint.En}");
        }

        var hasCsv = content.Check(csvFile) != FileProblem.Missing;
        var csvBytes = hasCsv ? content.TryReadBytes(csvFile, Limits.CsvFileBytes, diagnostics) : null;
        var csvText = csvBytes is null ? null : SourceText.TryDecode(csvBytes, content.Display(csvFile), diagnostics);
        if (hasCsv && v.Has(K.Rijen))
        {
            diagnostics.Report(DiagnosticCodes.RowsGivenTwice, v.PositionOf(K.Rijen), $"de rijen staan er twee keer: in {K.CsvFile} en onder '{K.Rijen}'; laat er één staan", $"the rows are given twice: in {K.CsvFile} and under '{K.Rijen}'; keep one");
        }
        else if (!hasCsv && !v.Has(K.Rijen))
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, v.FilePosition, $"geen rijen: zet {K.CsvFile} naast {K.MetadataFile}, of geef ze op onder '{K.Rijen}'", $"no rows: add {K.CsvFile} beside {K.MetadataFile}, or list them under '{K.Rijen}'");
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        if (hasCsv && !Redaction.RedactionMarks.Refuse(content.Display(csvFile), csvText!, new Wording("een dataset", "a dataset"), diagnostics))
        {
            return null;
        }

        var raw = hasCsv
            ? CsvRows(content.Display(csvFile), csvText!, columns, diagnostics)
            : YamlRows(display, v.Mappings(K.Rijen), columns, diagnostics);
        if (raw.Count > Limits.DatasetRows)
        {
            diagnostics.Report(DiagnosticCodes.OverLimit, v.FilePosition, $"{raw.Count} rijen; een dataset mag er hoogstens {Limits.DatasetRows} hebben (een tabel of grafiek met meer is op een pagina niet te lezen)", $"{raw.Count} rows; a dataset may have at most {Limits.DatasetRows} (a table or chart of more cannot be read on a page)");
            return null;
        }

        var rows = diagnostics.ErrorCount > errorsBefore ? [] : TypedRows(raw, columns, keyColumn!, diagnostics);

        // Totals are checked only on rows that are all there; otherwise they would repeat the errors above.
        var totals = diagnostics.ErrorCount > errorsBefore ? [] : CheckTotals(v, columns, rows, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        var files = new List<(string, string)> { (metaFile.Replace('\\', '/'), Hashing.Sha256Hex(metaBytes!)) };
        if (hasCsv)
        {
            files.Add((csvFile.Replace('\\', '/'), Hashing.Sha256Hex(csvBytes!)));
        }

        return new Dataset(Path.GetFileName(folder), v.Text(K.Titel)!, v.Text(K.Bron)!, v.Date(K.Peildatum)!.Value, v.Text(K.Versie)!, v.Text(K.Eenheid)!,
            v.Boolean(K.Fictief) ?? false, keyColumn!, columns, rows, totals, v.List(K.Bronnen), files, v.FilePosition);
    }

    private static List<DatasetColumn> ReadColumns(string display, FieldValues v, DiagnosticBag diagnostics)
    {
        var columns = new List<DatasetColumn>();
        foreach (var node in v.Mappings(K.Kolommen))
        {
            var c = SchemaValidator.Validate(display, node, DatasetSchemas.Column, diagnostics);
            if (c.Text(K.Naam) is not { } name || c.Text(K.Type) is not { } type || c.Text(K.Definitie) is not { } definitie)
            {
                continue;
            }

            if (columns.Exists(x => x.Name == name))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateKey, c.PositionOf(K.Naam), $"kolom '{name}' is twee keer opgegeven", $"column '{name}' is declared twice");
                continue;
            }

            columns.Add(new DatasetColumn(name, c.Text(K.Titel) ?? name, ColumnTypeNames.Parse(type), definitie));
        }

        return columns;
    }

    /// <summary>A row as read: each column's text with its position, and the row's own position.</summary>
    private sealed record RawRow(Dictionary<string, CsvRecords.Field> Fields, SourcePosition Position);

    private static List<RawRow> CsvRows(string display, string text, List<DatasetColumn> columns, DiagnosticBag diagnostics)
    {
        var records = CsvRecords.Read(display, text, diagnostics);
        if (records.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.EmptyContent, SourcePosition.StartOf(display), "het CSV-bestand is leeg; de eerste regel noemt de kolommen", "the CSV file is empty; its first line names the columns");
            return [];
        }

        var header = records[0];
        var names = columns.Select(c => c.Name).ToList();
        var errorsBefore = diagnostics.ErrorCount;
        foreach (var field in header.Where(f => !names.Contains(f.Text)))
        {
            var hint = DidYouMean.Tail(field.Text, names);
            diagnostics.Report(DiagnosticCodes.UnknownKey, field.Position, $"kolom '{field.Text}' is niet opgegeven onder '{K.Kolommen}'{hint.Nl}", $"column '{field.Text}' is not declared under '{K.Kolommen}'{hint.En}");
        }

        foreach (var missing in names.Where(n => !header.Exists(f => f.Text == n)))
        {
            diagnostics.Report(DiagnosticCodes.MissingKey, header[0].Position with { Column = 1 }, $"de kopregel heeft geen kolom '{missing}'", $"the header has no column '{missing}'");
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return []; // with the header wrong, every cell would be read under the wrong column
        }

        var rows = new List<RawRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Count != header.Count)
            {
                diagnostics.Report(DiagnosticCodes.MalformedCsv, record[0].Position with { Column = 1 }, $"deze rij heeft {record.Count} velden; de kopregel heeft er {header.Count}", $"this row has {record.Count} fields; the header has {header.Count}");
                continue;
            }

            var fields = new Dictionary<string, CsvRecords.Field>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                fields[header[i].Text] = record[i];
            }

            rows.Add(new RawRow(fields, record[0].Position with { Column = 1 }));
        }

        return rows;
    }

    private static List<RawRow> YamlRows(string display, IReadOnlyList<YamlMappingNode> nodes, List<DatasetColumn> columns, DiagnosticBag diagnostics)
    {
        var names = columns.Select(c => c.Name).ToList();
        var rows = new List<RawRow>();
        foreach (var node in nodes)
        {
            var fields = new Dictionary<string, CsvRecords.Field>(StringComparer.Ordinal);
            foreach (var (k, value) in node.Children)
            {
                var key = k.ToString();
                if (!names.Contains(key))
                {
                    var hint = DidYouMean.Tail(key, names);
                    diagnostics.Report(DiagnosticCodes.UnknownKey, YamlFile.PositionOf(display, k), $"kolom '{key}' is niet opgegeven onder '{K.Kolommen}'{hint.Nl}", $"column '{key}' is not declared under '{K.Kolommen}'{hint.En}");
                    continue;
                }

                var text = value is YamlScalarNode scalar ? scalar.Value ?? string.Empty : null;
                if (text is null)
                {
                    diagnostics.Report(DiagnosticCodes.WrongType, YamlFile.PositionOf(display, value), $"'{key}' moet één waarde zijn", $"'{key}' must be a single value");
                    continue;
                }

                fields[key] = new CsvRecords.Field(text.Trim(), YamlFile.PositionOf(display, value));
            }

            var position = YamlFile.PositionOf(display, node);
            foreach (var missing in names.Where(n => !fields.ContainsKey(n)))
            {
                fields[missing] = new CsvRecords.Field(string.Empty, position);
            }

            rows.Add(new RawRow(fields, position));
        }

        return rows;
    }

    private static List<DatasetRow> TypedRows(List<RawRow> raw, List<DatasetColumn> columns, string keyColumn, DiagnosticBag diagnostics)
    {
        var rows = new List<DatasetRow>();
        var firstByKey = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var row in raw)
        {
            var cells = new Dictionary<string, DatasetCell>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                var field = row.Fields[column.Name];
                if (field.Text.Length == 0)
                {
                    diagnostics.Report(DiagnosticCodes.MissingValue, field.Position, $"geen waarde voor '{column.Name}'; elke cel moet een waarde hebben", $"no value for '{column.Name}'; every cell needs one");
                    continue;
                }

                decimal? number = null;
                if (column.IsNumeric)
                {
                    var styles = column.Type == ColumnType.Geheel ? NumberStyles.AllowLeadingSign : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
                    if (!decimal.TryParse(field.Text, styles, CultureInfo.InvariantCulture, out var parsed))
                    {
                        var (hintNl, hint) = column.Type == ColumnType.Geheel
                            ? ("geheel getal", "a whole number")
                            : ("getal met een punt als decimaalteken, zoals 12.5", "a number written with a point, such as 12.5");
                        diagnostics.Report(DiagnosticCodes.NotANumber, field.Position, $"'{field.Text}' in kolom '{column.Name}' is geen {hintNl}", $"'{field.Text}' in column '{column.Name}' is not {hint}");
                        continue;
                    }

                    if (!ExactNumber.Holds(field.Text, parsed))
                    {
                        diagnostics.Report(DiagnosticCodes.NotANumber, field.Position,
                            $"'{Snippet.Of(field.Text)}' in kolom '{column.Name}' heeft meer cijfers dan exact kunnen worden afgedrukt (hoogstens {ExactNumber.MaxDigits}); rond het getal af in de bron",
                            $"'{Snippet.Of(field.Text)}' in column '{column.Name}' has more digits than can be printed exactly (at most {ExactNumber.MaxDigits}); round it in the source");
                        continue;
                    }

                    number = parsed;
                }

                cells[column.Name] = new DatasetCell(field.Text, number, field.Position);
            }

            if (!cells.TryGetValue(keyColumn, out var key))
            {
                continue;
            }

            if (key.Text == Dataset.TotalRowKey)
            {
                diagnostics.Report(DiagnosticCodes.DuplicateRowKey, key.Position, $"'{Dataset.TotalRowKey}' is gereserveerd voor de opgegeven totalen; geef die op onder '{K.Totaal}'", $"'{Dataset.TotalRowKey}' is reserved for the declared totals; declare them under '{K.Totaal}'");
                continue;
            }

            if (!firstByKey.TryAdd(key.Text, key.Position))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateRowKey, key.Position, $"'{key.Text}' staat twee keer in kolom '{keyColumn}'; de eerste staat op {firstByKey[key.Text]}", $"'{key.Text}' appears twice in column '{keyColumn}'; the first is at {firstByKey[key.Text]}");
                continue;
            }

            rows.Add(new DatasetRow(key.Text, cells, row.Position));
        }

        return rows;
    }

    private static Dictionary<string, decimal> CheckTotals(FieldValues v, List<DatasetColumn> columns, List<DatasetRow> rows, DiagnosticBag diagnostics)
    {
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in v.Map(K.Totaal))
        {
            var column = columns.Find(c => c.Name == entry.Key);
            if (column is not { IsNumeric: true })
            {
                var hint = DidYouMean.Tail(entry.Key, columns.Where(c => c.IsNumeric).Select(c => c.Name));
                diagnostics.Report(DiagnosticCodes.UnknownFigure, entry.KeyPosition, $"'{entry.Key}' onder '{K.Totaal}' is geen numerieke kolom{hint.Nl}", $"'{entry.Key}' under '{K.Totaal}' is not a numeric column{hint.En}");
                continue;
            }

            if (!decimal.TryParse(entry.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var declared) || !ExactNumber.Holds(entry.Value, declared))
            {
                diagnostics.Report(DiagnosticCodes.NotANumber, entry.ValuePosition, $"het totaal voor '{entry.Key}' is geen getal: '{entry.Value}'", $"the total for '{entry.Key}' is not a number: '{entry.Value}'");
                continue;
            }

            var sum = rows.Sum(r => r.Cells.TryGetValue(column.Name, out var cell) ? cell.Number ?? 0 : 0);
            if (sum != declared)
            {
                diagnostics.Report(DiagnosticCodes.TotalMismatch, entry.ValuePosition,
                    string.Create(CultureInfo.InvariantCulture, $"het opgegeven totaal van '{entry.Key}' is {declared}, maar de rijen tellen op tot {sum}"),
                    string.Create(CultureInfo.InvariantCulture, $"the declared total of '{entry.Key}' is {declared}, but the rows add up to {sum}"));
                continue;
            }

            totals[column.Name] = declared;
        }

        return totals;
    }
}
