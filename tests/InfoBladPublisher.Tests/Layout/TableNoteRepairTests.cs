using System.Globalization;
using System.Text.Json;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout;
using InfoBladPublisher.Markdown.Print;
using InfoBladPublisher.Rendering.Print;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>
/// Notes in table rows and headings straight above a table (issue 32). Typst sets a row's note where the row was
/// first tried, or, for a table that does not break, where the notes fit: the gate refused such pages and told the
/// editor to move the call. The repairs now start a new page at the row, or before the table and its heading.
/// </summary>
public sealed class TableNoteRepairTests
{
    private const int LongTableRows = 40;

    [Fact]
    public void A_note_in_a_long_table_Should_start_a_new_page_at_its_row_and_one_row_further_back_each_try()
    {
        using var tree = new ContentTree().Nota(ContentTree.NotaYamlWithoutNotes, "# Kop\n\nTekst.\n\n" + Table(LongTableRows, noteEvery: 10) + "\n\nSlot.\n\n" + Notes(LongTableRows, 10));
        var print = PrintOf(tree);

        // Note 2 stands in body row 19 (0-based): the first try breaks there, the next one row earlier.
        Assert.Equal([19], Breaks(print.Repaired(Repair(2, 0))).Single());
        Assert.Equal([18], Breaks(print.Repaired(Repair(2, LayoutRepairs.WordsPerTry))).Single());

        // A note in the last row breaks where two rows still follow, as the page rules ask.
        Assert.Equal([LongTableRows - InfoBladPublisher.Layout.Rules.TableRowsAcrossBreak.MinimumRows], Breaks(print.Repaired(Repair(4, 0))).Single());

        // No repair, no break; and the gate's sources know the pieces are one table.
        Assert.Empty(Breaks(print).Single());
        var broken = print.Repaired(Repair(2, 0));
        Assert.Equal(broken.Sources.Table(0), broken.Sources.Table(1));
        Assert.Equal(0, broken.Sources.TableOf(1));
    }

    [Fact]
    public void A_note_in_a_short_table_under_a_heading_Should_start_a_new_page_before_the_heading()
    {
        using var tree = new ContentTree().Nota(ContentTree.NotaYamlWithoutNotes, "# Kop\n\nTekst.\n\n## Aantallen\n\n" + Table(5, noteEvery: 3) + "\n\n" + Notes(5, 3));
        var print = PrintOf(tree);

        var body = Body(print.Repaired(Repair(1, 0)));
        var heading = body.FindIndex(n => n.GetProperty("k").GetString() == "h" && Text(n).Contains("Aantallen", StringComparison.Ordinal));
        Assert.True(heading > 0, string.Join(", ", body.Select(n => n.GetProperty("k").GetString())));
        Assert.Equal(PrintKinds.NewPage, body[heading - 1].GetProperty("k").GetString());
        Assert.Empty(Breaks(print.Repaired(Repair(1, 0))).Single()); // a short table never breaks
        Assert.DoesNotContain(Body(print), n => n.GetProperty("k").GetString() == PrintKinds.NewPage);
    }

    /// <summary>
    /// Through Typst and the gate: a heading above a long table with a note every few rows, and a short table of
    /// long notes at the foot of a page. Before the repairs this nota was refused with IBP070 (notes a page early or late).
    /// </summary>
    [Fact]
    public async Task A_nota_with_notes_in_table_rows_Should_pass_the_gate_with_every_note_on_its_rows_page()
    {
        var body = string.Join("\n\n",
            "# Inleiding", BrokenLayouts.Paragraph(14),
            "## Aantallen per onderdeel", Table(LongTableRows, noteEvery: 3),
            "# Vervolg", BrokenLayouts.Paragraph(12),
            "## Korte tabel", Table(5, noteEvery: 1, first: 100),
            BrokenLayouts.Paragraph(3),
            Notes(LongTableRows, 3, noteLines: 4), Notes(5, 1, noteLines: 6, first: 100));
        var (result, tree) = await BrokenLayouts.PublishAsync(body);
        using var _ = tree;

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(20)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var timing = Assert.Single(result.Timings);
        Assert.True(timing.Pages >= 4, $"{timing.Pages} pages");
    }

    private static LayoutRepairs Repair(int note, int wordsBack) => new(new Dictionary<int, int> { [note] = wordsBack }, new HashSet<int>());

    private static PrintSource PrintOf(ContentTree tree)
    {
        var (output, found) = tree.Check();
        Assert.DoesNotContain(found, d => d.Severity == Severity.Error);
        return Assert.Single(output!.Documents).Print;
    }

    /// <summary>A table of <paramref name="rows"/> body rows with a note call in every <paramref name="noteEvery"/>-th row's last cell.</summary>
    private static string Table(int rows, int noteEvery, int first = 1)
    {
        var lines = new List<string> { "| Onderdeel | Aantal | Toelichting |", "| --- | ---: | --- |" };
        var note = first;
        for (var r = 1; r <= rows; r++)
        {
            var call = r % noteEvery == 0 ? string.Create(CultureInfo.InvariantCulture, $"[^n{note++}]") : string.Empty;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| Onderdeel {r} | {r * 137} | Een toelichting bij de rij{call}. |"));
        }

        return string.Join('\n', lines);
    }

    private static string Notes(int rows, int noteEvery, int noteLines = 1, int first = 1) =>
        string.Join("\n\n", Enumerable.Range(0, rows / noteEvery).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"[^n{first + i}]: Bron bij rij {(i + 1) * noteEvery}. {string.Join(' ', Enumerable.Repeat("Een toelichtende zin die ongeveer een halve regel van de noot vult.", (noteLines * 2) - 1))}")));

    private static List<JsonElement> Body(PrintSource print)
    {
        using var json = JsonDocument.Parse(print.Files[PrintData.DataFile]);
        return json.RootElement.GetProperty("body").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static List<int[]> Breaks(PrintSource print) =>
        Body(print).Where(n => n.GetProperty("k").GetString() == PrintKinds.Table)
            .Select(n => n.GetProperty("breaks").EnumerateArray().Select(b => b.GetInt32()).ToArray()).ToList();

    private static string Text(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.String => node.GetString()!,
        JsonValueKind.Array => string.Concat(node.EnumerateArray().Select(Text)),
        JsonValueKind.Object => node.TryGetProperty("c", out var c) ? Text(c) : string.Empty,
        _ => string.Empty,
    };
}
