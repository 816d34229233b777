using System.Text;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;
using UglyToad.PdfPig;

namespace InfoBladPublisher.Tests.Rendering;

public sealed class TableTests
{
    [Fact]
    public async Task A_table_that_breaks_across_pages_Should_repeat_its_header_row()
    {
        var table = new StringBuilder("| Jaar | Aanvragen |\n| --- | ---: |\n");
        for (var i = 0; i < 90; i++)
        {
            table.Append("| Rij ").Append(i).Append(" | ").Append(i * 7).Append(" |\n");
        }

        using var content = new ContentTree();
        content.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\n\n" + table);
        using var work = new TempTree();

        var result = await new PublishPipeline().RunAsync(
            new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "t", "/usr/bin/chromium"), TextWriter.Null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfDocument.Open(Path.Combine(result.ReleasePath!, "nota.pdf"));
        var pagesWithRows = pdf.GetPages().Where(p => PdfText.Body(p).Contains("Rij", StringComparison.Ordinal)).ToList();
        Assert.True(pagesWithRows.Count >= 2, "the table should span at least two pages");
        Assert.All(pagesWithRows, p => Assert.Contains("JaarAanvragen", PdfText.Body(p), StringComparison.Ordinal));
    }
}
