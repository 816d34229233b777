using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Validation;

/// <summary>
/// Pipe tables are checked from the lines the editor wrote (issue 33): Markdig pads a short row, gives an extra
/// cell a column with no header, accepts a delimiter row that does not match, and prints a table with no header
/// or delimiter row as text. Each is an error at its line and column; '-' marks a cell empty on purpose.
/// </summary>
public sealed class TableShapeTests
{
    private const string Header = "| Jaar | Aantal |\n| --- | ---: |\n";

    [Fact]
    public void A_row_with_a_missing_cell_Should_be_an_error_at_the_end_of_that_row()
    {
        var found = Check(Header + "| 2023 | 5 |\n| 2024 |\n");

        var d = Assert.Single(found, d => d.Code == DiagnosticCodes.TableRowCells);
        Assert.Equal((6, 9), (d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void A_row_with_an_extra_cell_Should_be_an_error_at_the_first_extra_cell()
    {
        var found = Check(Header + "| 2023 | 5 | 7 |\n");

        var d = Assert.Single(found, d => d.Code == DiagnosticCodes.TableRowCells);
        Assert.Equal((5, 13), (d.Position.Line, d.Position.Column));
    }

    [Theory]
    [InlineData("| Jaar | Aantal |\n| --- |\n| 2023 | 5 |\n", 4, 8)]
    [InlineData("| Jaar | Aantal |\n| --- | --- | --- |\n| 2023 | 5 |\n", 4, 14)]
    public void A_delimiter_row_that_does_not_match_the_header_Should_be_an_error_at_its_line(string table, int line, int column)
    {
        var found = Check(table);

        var d = Assert.Single(found, d => d.Code == DiagnosticCodes.TableShape);
        Assert.Equal((line, column), (d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void A_table_without_a_header_row_Should_be_an_error_at_its_delimiter_row()
    {
        var found = Check("| --- | --- |\n| 2023 | 5 |\n");

        var d = Assert.Single(found, d => d.Code == DiagnosticCodes.TableShape);
        Assert.Equal(3, d.Position.Line);
    }

    [Fact]
    public void Rows_without_a_delimiter_row_Should_be_an_error_and_not_print_as_text_silently()
    {
        var found = Check("| Jaar | Aantal |\n| 2023 | 5 |\n");

        var d = Assert.Single(found, d => d.Code == DiagnosticCodes.TableShape);
        Assert.Equal(4, d.Position.Line);
    }

    [Fact]
    public void A_line_without_borders_inside_a_table_Should_be_named_where_the_table_turns_into_text()
    {
        var found = Check(Header + "| 2023 | 5 |\nen verder\n");

        var d = Assert.Single(found, d => d.Code == DiagnosticCodes.TableShape);
        Assert.Equal(6, d.Position.Line);
    }

    [Fact]
    public void An_empty_cell_Should_be_an_error_and_a_dash_Should_mark_it_empty_on_purpose()
    {
        var found = Check(Header + "| 2023 |  |\n| 2024 | - |\n");

        var d = Assert.Single(found, d => d.Code == DiagnosticCodes.TableRowCells);
        Assert.Equal((5, 9), (d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void Escaped_pipes_and_pipes_in_code_Should_stay_inside_their_cell()
    {
        var found = Check(Header + "| a \\| b | `x | y` |\n| ``c | `d`` | 3 |\n| `e | f` |\n");

        // Only the last row is short: counted by its borders alone, each of the three would be wrong.
        var d = Assert.Single(found, d => d.Code is DiagnosticCodes.TableRowCells or DiagnosticCodes.TableShape);
        Assert.Equal((7, 12), (d.Position.Line, d.Position.Column));
    }

    [Fact]
    public void A_table_in_a_quote_or_a_list_Should_be_counted_after_its_marks()
    {
        var found = Check("> | Jaar | Aantal |\n> | --- | --- |\n> | 2023 | 5 |\n\n- | Jaar | Aantal |\n  | --- | --- |\n  | 2023 |\n");

        var d = Assert.Single(found, d => d.Code == DiagnosticCodes.TableRowCells);
        Assert.Equal(9, d.Position.Line);
    }

    [Fact]
    public async Task A_table_check_passes_with_a_dash_for_an_empty_cell_Should_publish_with_the_dash_in_both_outputs()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYamlWithoutNotes, "Een zin.\n\n" + Header + "| 2023 | 5 |\n| 2024 | - |\n");
        Assert.DoesNotContain(tree.Check().Diagnostics, d => d.Severity == Severity.Error);
        using var work = new TempTree();

        var published = await new Pipeline.PublishPipeline().RunAsync(new Pipeline.PublishOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1"), TextWriter.Null);

        Assert.True(published.Succeeded, string.Join("\n", published.Diagnostics));
        var html = File.ReadAllText(Path.Combine(published.ReleasePath!, "nota.html"));
        Assert.Matches(@"<td[^>]*>\s*-\s*</td>", html);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(published.ReleasePath!, "nota.pdf"));
        Assert.Contains("JaarAantal202352024-", string.Concat(pdf.GetPages().Select(Rendering.PdfText.All)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_content_Should_check_clean_with_its_table()
    {
        var bag = new DiagnosticBag();

        Pipeline.CheckPipeline.Run(RepoPaths.Content, RepoPaths.Templates, RepoPaths.NodeModules, bag);

        Assert.DoesNotContain(bag.ToSortedList(), d => d.Severity == Severity.Error);
        Assert.Contains("| --- | --- |", File.ReadAllText(Path.Combine(RepoPaths.Content, "documenten", "2024-02-16-informatieblad-gestapelde-gezinshereniging", "tekst.md")), StringComparison.Ordinal);
    }

    /// <summary>The table after a first paragraph (lines 1–2), in the small valid nota, checked as check does.</summary>
    private static IReadOnlyList<Diagnostic> Check(string table)
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYamlWithoutNotes, "Een zin.\n\n" + table);
        var found = tree.Check().Diagnostics;
        Assert.All(found.Where(d => d.Code is DiagnosticCodes.TableRowCells or DiagnosticCodes.TableShape), d => Assert.Equal(tree.DisplayOf("documenten/nota/tekst.md"), d.Position.File));
        return found;
    }
}
