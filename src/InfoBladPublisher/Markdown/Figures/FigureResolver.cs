using InfoBladPublisher.Charts;
using InfoBladPublisher.Data;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown.Figures;

/// <summary>
/// Resolves every cited figure, table and chart against the datasets, checks that the document declares the
/// versions it uses, numbers tables and figures, and states each chart's data (the rendering stage draws it).
/// </summary>
internal static class FigureResolver
{
    public static IReadOnlyList<Dataset> Resolve(MarkdownDocument body, string bodyPath, BodyContext context, DiagnosticBag diagnostics)
    {
        var used = new List<Dataset>();

        Dataset? Find(string id, SourcePosition position)
        {
            if (!context.Datasets.TryGetValue(id, out var dataset))
            {
                if (context.BrokenDatasets.Contains(id))
                {
                    return null;
                }

                var hint = DidYouMean.Tail(id, context.Datasets.Keys);
                diagnostics.Report(DiagnosticCodes.UnknownDataset, position,
                    $"geen dataset '{id}' in content/{DatasetKeys.Folder}/{hint.Nl}",
                    $"no dataset '{id}' in content/{DatasetKeys.Folder}/{hint.En}");
                return null;
            }

            if (!context.Declared.Any(d => d.Key == id))
            {
                diagnostics.Report(DiagnosticCodes.DatasetVersion, position,
                    $"dataset '{id}' wordt gebruikt maar is niet opgegeven; voeg de dataset toe aan document.yml als 'datasets: {{ {id}: \"{dataset.Versie}\" }}'",
                    $"dataset '{id}' is used but not declared; add it to document.yml as 'datasets: {{ {id}: \"{dataset.Versie}\" }}'");
            }

            if (!used.Contains(dataset))
            {
                used.Add(dataset);
            }

            return dataset;
        }

        foreach (var citation in body.Descendants<Inline>().OfType<FigureCitation>())
        {
            ResolveCitation(citation, new SourcePosition(bodyPath, citation.Line + 1, citation.Column + 1), Find, diagnostics);
        }

        var tables = 0;
        var charts = 0;
        foreach (var block in body.Descendants<DataBlock>())
        {
            var position = new SourcePosition(bodyPath, block.Line + 1, block.Column + 1);
            if (Find(block.DatasetId, position) is not { } dataset)
            {
                continue;
            }

            block.Dataset = dataset;
            if (block.Kind == DataBlockKind.Tabel)
            {
                block.Number = ++tables;
            }
            else
            {
                block.Number = ++charts;
                ResolveChart(block, dataset, position, diagnostics);
            }
        }

        foreach (var declared in context.Declared)
        {
            if (!context.Datasets.TryGetValue(declared.Key, out var dataset))
            {
                if (context.BrokenDatasets.Contains(declared.Key))
                {
                    continue;
                }

                diagnostics.Report(DiagnosticCodes.UnknownDataset, declared.KeyPosition,
                    $"geen dataset '{declared.Key}' in content/{DatasetKeys.Folder}/",
                    $"no dataset '{declared.Key}' in content/{DatasetKeys.Folder}/");
            }
            else if (dataset.Versie != declared.Value)
            {
                diagnostics.Report(DiagnosticCodes.DatasetVersion, declared.ValuePosition,
                    $"het document gebruikt versie '{declared.Value}' van '{declared.Key}', maar de dataset heeft versie '{dataset.Versie}'; controleer de tekst met de nieuwe cijfers en werk daarna de versie bij",
                    $"the document uses versie '{declared.Value}' of '{declared.Key}', but the dataset is versie '{dataset.Versie}'; check the text against the new figures, then update the version");
            }
            else if (!used.Contains(dataset))
            {
                diagnostics.Report(DiagnosticCodes.DatasetUnused, declared.KeyPosition,
                    $"dataset '{declared.Key}' is opgegeven, maar geen figuur, tabel of grafiek gebruikt de dataset",
                    $"dataset '{declared.Key}' is declared but no figure, table or chart uses it");
            }
        }

        return used;
    }

    private static void ResolveCitation(FigureCitation citation, SourcePosition position, Func<string, SourcePosition, Dataset?> find, DiagnosticBag diagnostics)
    {
        // dataset/rij/kolom; a row name may itself contain a slash ("2019 t/m 2023").
        var split = citation.Reference.Split('/');
        string[] parts = split.Length < 3 ? split : [split[0], string.Join('/', split[1..^1]), split[^1]];
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            diagnostics.Report(DiagnosticCodes.BadDirective, position,
                $"'{FigureSyntax.Cijfer}{citation.Reference}]' moet dataset/rij/kolom noemen, bijvoorbeeld {FigureSyntax.Cijfer}gestapelde-gezinshereniging/nareis op nareis/ingewilligd]",
                $"'{FigureSyntax.Cijfer}{citation.Reference}]' must name dataset/rij/kolom, e.g. {FigureSyntax.Cijfer}gestapelde-gezinshereniging/nareis op nareis/ingewilligd]");
            return;
        }

        if (find(parts[0], position) is not { } dataset)
        {
            return;
        }

        var column = dataset.Column(parts[2]);
        if (column is null)
        {
            diagnostics.Report(DiagnosticCodes.UnknownFigure, position,
                $"dataset '{dataset.Id}' heeft geen kolom '{parts[2]}'{DidYouMean.Tail(parts[2], dataset.Columns.Select(c => c.Name)).Nl}",
                $"dataset '{dataset.Id}' has no column '{parts[2]}'{DidYouMean.Tail(parts[2], dataset.Columns.Select(c => c.Name)).En}");
            return;
        }

        if (parts[1] == Dataset.TotalRowKey)
        {
            if (!dataset.Totals.TryGetValue(column.Name, out var total))
            {
                diagnostics.Report(DiagnosticCodes.UnknownFigure, position,
                    $"dataset '{dataset.Id}' geeft geen totaal voor '{column.Name}'",
                    $"dataset '{dataset.Id}' declares no total for '{column.Name}'");
                return;
            }

            citation.Formatted = DutchNumber.Format(total, column.Type);
        }
        else if (dataset.Row(parts[1]) is { } row)
        {
            var cell = row.Cells[column.Name];
            citation.Formatted = cell.Number is { } n ? DutchNumber.Format(n, column.Type) : cell.Text;
        }
        else
        {
            diagnostics.Report(DiagnosticCodes.UnknownFigure, position,
                $"dataset '{dataset.Id}' heeft geen rij '{parts[1]}'{DidYouMean.Tail(parts[1], dataset.Rows.Select(r => r.Key).Append(Dataset.TotalRowKey)).Nl}",
                $"dataset '{dataset.Id}' has no row '{parts[1]}'{DidYouMean.Tail(parts[1], dataset.Rows.Select(r => r.Key).Append(Dataset.TotalRowKey)).En}");
            return;
        }

        citation.Dataset = dataset;
    }

    private static void ResolveChart(DataBlock block, Dataset dataset, SourcePosition position, DiagnosticBag diagnostics)
    {
        var kindName = block.Options.GetValueOrDefault(FigureSyntax.Soort, ChartKind.All[0].Name);
        var kind = ChartKind.Named(kindName);
        if (kind is null)
        {
            var kinds = ChartKind.All.Select(k => k.Name).ToList();
            diagnostics.Report(DiagnosticCodes.BadDirective, position,
                $"soort '{kindName}' is geen soort grafiek; gebruik {string.Join(", ", kinds)}{DidYouMean.Tail(kindName, kinds).Nl}",
                $"soort '{kindName}' is not a chart kind; use {string.Join(", ", kinds)}{DidYouMean.Tail(kindName, kinds).En}");
            return;
        }

        var names = block.Options.TryGetValue(FigureSyntax.Kolommen, out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : dataset.NumericColumns.Select(c => c.Name).ToArray();
        var columns = new List<DatasetColumn>();
        foreach (var name in names)
        {
            if (dataset.Column(name) is { IsNumeric: true } column)
            {
                columns.Add(column);
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.UnknownFigure, position,
                    $"dataset '{dataset.Id}' heeft geen kolom '{name}' met getallen{DidYouMean.Tail(name, dataset.NumericColumns.Select(c => c.Name)).Nl}",
                    $"dataset '{dataset.Id}' has no numeric column '{name}'{DidYouMean.Tail(name, dataset.NumericColumns.Select(c => c.Name)).En}");
            }
        }

        // Charts start at zero; a negative count is a data mistake or belongs in a table.
        foreach (var (row, column) in dataset.Rows.SelectMany(r => columns.Select(c => (r, c))).Where(x => x.r.Cells[x.c.Name].Number < 0))
        {
            diagnostics.Report(DiagnosticCodes.BadDirective, position,
                $"dataset '{dataset.Id}' heeft een negatieve waarde in rij '{row.Key}', kolom '{column.Name}'; een grafiek begint bij nul, dus toon deze dataset als tabel (::tabel)",
                $"dataset '{dataset.Id}' has a negative value in row '{row.Key}', column '{column.Name}'; a chart starts at zero, so show this dataset as a table (::tabel) instead");
            return;
        }

        if (columns.Count == 0 || columns.Count != names.Length)
        {
            return;
        }

        // Every bar or point is its own labelled mark on the page; past a page's worth the chart cannot be read,
        // and drawing and laying it out costs seconds and hundreds of megabytes.
        if (dataset.Rows.Count > Limits.ChartRows || dataset.Rows.Count * columns.Count > Limits.ChartMarks)
        {
            diagnostics.Report(DiagnosticCodes.OverLimit, position,
                $"een grafiek van {dataset.Rows.Count} rijen en {columns.Count} reeksen ({dataset.Rows.Count * columns.Count} punten) is op een pagina niet te lezen; een grafiek toont hoogstens {Limits.ChartRows} rijen en {Limits.ChartMarks} punten: toon de dataset als tabel (::tabel), of maak een grafiek van een kleinere dataset",
                $"a chart of {dataset.Rows.Count} rows and {columns.Count} series ({dataset.Rows.Count * columns.Count} marks) cannot be read on a page; a chart may show at most {Limits.ChartRows} rows and {Limits.ChartMarks} marks: show the dataset as a table (::tabel), or chart a smaller dataset");
            return;
        }

        var data = new ChartData(
            $"grafiek-{block.Number}",
            dataset.Titel,
            dataset.Eenheid,
            dataset.Rows.Select(r => r.Key).ToList(),
            columns.Select(c => new ChartSeries(
                c.Titel,
                dataset.Rows.Select(r => (double)r.Cells[c.Name].Number!.Value).ToList(),
                dataset.Rows.Select(r => DutchNumber.Format(r.Cells[c.Name].Number!.Value, c.Type)).ToList())).ToList());
        block.Chart = new ChartRequest(data, kind, columns);
    }
}
