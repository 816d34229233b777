using System.Text;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Rendering;
using InfoBladPublisher.Tests.Support;
using UglyToad.PdfPig;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// Nothing is cut silently: a nota of over 1,000 pages is published whole, and every word of it (each
/// carrying its own number) is in the web page and, in order, in the PDF.
/// </summary>
public sealed class WholeOutputTests
{
    private const int Sections = 100;
    private const int ParagraphsPerSection = 90;
    private const int WordsPerParagraph = 60;

    [Fact]
    public async Task A_thousand_page_nota_Should_hold_every_word_in_its_HTML_and_PDF()
    {
        using var content = new ContentTree();
        var (body, markers) = Body();
        content.Nota(ContentTree.NotaYamlWithoutNotes, body);
        using var work = new TempTree();
        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "groot");

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(result.ReleasePath!, "nota.html"));
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
        var missingFromHtml = markers.Where(m => !html.Contains(m, StringComparison.Ordinal)).ToList();
        Assert.True(missingFromHtml.Count == 0, $"{missingFromHtml.Count} of {markers.Count} words missing from the HTML, first {missingFromHtml.FirstOrDefault()}");

        using var pdf = PdfDocument.Open(Path.Combine(result.ReleasePath!, "nota.pdf"));
        Assert.True(pdf.NumberOfPages >= 1000, $"{pdf.NumberOfPages} pages");
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            text.Append(PdfText.All(page));
        }

        var all = text.ToString();
        var at = 0;
        foreach (var marker in markers)
        {
            var found = all.IndexOf(marker, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{marker}' is missing from the PDF (or out of order) after {at} characters");
            at = found + marker.Length;
        }
    }

    /// <summary>Plain Dutch-looking text; every seventh word is a numbered marker such as w1234x.</summary>
    private static (string Body, List<string> Markers) Body()
    {
        string[] words = ["de", "het", "een", "van", "en", "in", "op", "aanvraag", "nareis", "gezin", "beleid", "uitvoering", "regeling", "dienst"];
        var random = new Random(20261123);
        var markers = new List<string>();
        var body = new StringBuilder();
        for (var s = 1; s <= Sections; s++)
        {
            body.Append("# Hoofdstuk ").Append(s).Append("\n\n");
            for (var p = 0; p < ParagraphsPerSection; p++)
            {
                for (var w = 0; w < WordsPerParagraph; w++)
                {
                    if (w % 7 == 0)
                    {
                        var marker = $"w{markers.Count}x";
                        markers.Add(marker);
                        body.Append(marker);
                    }
                    else
                    {
                        body.Append(words[random.Next(words.Length)]);
                    }

                    body.Append(w == WordsPerParagraph - 1 ? ".\n\n" : " ");
                }
            }
        }

        return (body.ToString(), markers);
    }
}
