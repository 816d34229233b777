using InfoBladPublisher.Layout;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>
/// Where Typst says each table row landed (<c>tabel-plaatsen()</c>, its own introspection) plans a table's
/// repair before any PDF is written (issue 32), as the note places do. The gate keeps reading the PDF's tags
/// as the independent check, and the two must agree on generated documents nobody tuned the layout to.
/// </summary>
public sealed class EngineTableFactsTests
{
    [Fact]
    public async Task The_engines_table_pieces_Should_match_what_the_gate_reads_from_the_pdf_on_generated_documents()
    {
        var tables = 0;
        var broken = 0;
        await TrapCorpusLayouts.ForEachAsync(4343, 3, (result, facts, print) =>
        {
            var rows = Assert.IsAssignableFrom<IReadOnlyList<TableRowPlace>>(result.TableRowPlaces);
            var fromPdf = LayoutRepairs.PiecesOf(facts).OrderBy(t => t[0].Table).Select(t => string.Join(" ", t)).ToList();
            var fromEngine = LayoutRepairs.PiecesOf(rows, print.Sources).Select(t => string.Join(" ", t)).ToList();

            Assert.Equal(fromPdf, fromEngine);
            tables += fromEngine.Count;
            broken += LayoutRepairs.PiecesOf(rows, print.Sources).Count(t => t.Count > 1);
        });

        Assert.True(tables >= 5, $"only {tables} tables compared");
        Assert.True(broken > 0, "no table broken across pages: the comparison never saw the case it is for");
    }

    [Fact]
    public void A_table_the_engine_reports_with_one_row_alone_Should_be_planned_as_from_the_pdf()
    {
        var sources = new PrintSources();
        sources.AddTable("3:1");
        sources.AddTable("9:1");
        TableRowPlace[] rows = [new("3:1", 1), new("3:1", 1), new("3:1", 2), new("9:1", 2), new("9:1", 2)];

        var first = LayoutRepairs.Plan([], rows, [], sources, LayoutRepairs.None);
        var second = LayoutRepairs.Plan([], rows, [], sources, first);

        Assert.Equal([0], first.Tables);
        Assert.Empty(first.LooseTables);
        Assert.Equal([0], second.LooseTables);
        Assert.True(LayoutRepairs.Plan([], rows.Take(2).Concat(rows.Skip(3)).ToList(), [], sources, LayoutRepairs.None).IsEmpty);
    }
}
