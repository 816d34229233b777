using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>A colour changed in tokens.css, as the template guide tells authors to, changes the web page and the PDF alike.</summary>
public sealed class HouseStyleColourTests
{
    private const string Red = "#a10b0c";

    [Fact]
    public async Task A_changed_lintblauw_Should_colour_the_web_page_and_the_pdfs_type_word()
    {
        using var tree = new ContentTree();
        var templates = tree.CopyOfTemplates();
        var tokens = Path.Combine(templates, "assets", "css", "tokens.css");
        File.WriteAllText(tokens, File.ReadAllText(tokens).Replace("--ib-lintblauw: #154273;", $"--ib-lintblauw: {Red};", StringComparison.Ordinal));

        var (output, diagnostics) = tree.Check(templates);
        Assert.Empty(diagnostics);
        var doc = Assert.Single(output!.Documents);
        Assert.Contains($"--ib-lintblauw: {Red}", doc.WebHtml, StringComparison.Ordinal);
        var huisstijl = System.Text.Json.JsonDocument.Parse(doc.Print.Files[HouseTokens.PrintFile]).RootElement;
        Assert.Equal(Red, huisstijl.GetProperty("kleur").GetProperty("lintblauw").GetString());

        var options = new PublishOptions(tree.ContentRoot, templates, RepoPaths.NodeModules, Path.Combine(tree.Root, "releases"), "rood");
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(result.ReleasePath!, "nota.pdf"));
        // The type word "nota" is the only 32 pt text on page 1, set in kleur.lintblauw.
        var typeWord = pdf.GetPage(1).Letters.Where(l => l.PointSize > 30).ToList();
        Assert.Equal("nota", string.Concat(typeWord.Select(l => l.Value)));
        Assert.All(typeWord, l => Assert.Equal(Red, Hex(l.Color.ToRGBValues())));
    }

    private static string Hex((double R, double G, double B) rgb) =>
        FormattableString.Invariant($"#{(int)Math.Round(rgb.R * 255):x2}{(int)Math.Round(rgb.G * 255):x2}{(int)Math.Round(rgb.B * 255):x2}");
}
