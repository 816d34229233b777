using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;
using UglyToad.PdfPig;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// Content reaches Typst only as data: what would be Typst code or markup in a template prints as it is
/// written, in every field a layout shows (title, addressee, kenmerk, body, a note, a table cell).
/// </summary>
public sealed class TypstInjectionTests
{
    public static TheoryData<string> Probes => new()
    {
        "#read(\"/etc/passwd\")",
        "#import \"@preview/x:0.1.0\"",
        "]",
        "#{",
        "$x^2$",
        "<label>",
        "@ref",
        "\\",
        "// geen commentaar",
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task A_probe_in_every_field_Should_print_literally_and_publish(string probe)
    {
        using var content = new ContentTree();
        var quoted = "\"" + probe.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var yaml = ContentTree.NotaYamlWithoutNotes
            .Replace("titel: Een proefnota", $"titel: {quoted}", StringComparison.Ordinal)
            .Replace("aan: De minister", $"aan: {quoted}", StringComparison.Ordinal)
            .Replace("kenmerk: \"123\"", $"kenmerk: {quoted}", StringComparison.Ordinal)
            + $"voetnoten:\n  n: {quoted}\n";
        // In Markdown the probe is code, so that Markdown itself leaves its characters alone.
        var body = $"# Kop\n\nTekst met `{probe}` erin.[^n]\n\n| Kolom | Waarde |\n| --- | --- |\n| `{probe}` | 1 |\n";
        content.Nota(yaml, body);
        using var work = new TempTree();
        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1");

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfDocument.Open(Path.Combine(result.ReleasePath!, "nota.pdf"));
        var text = Squash(string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))));
        var expected = Squash(probe);
        // Title, addressee, kenmerk (colofon), the body's code, the note and the table cell: six times at least.
        Assert.True(Count(text, expected) >= 6, $"'{probe}' printed {Count(text, expected)} times in: {text[..Math.Min(400, text.Length)]}");
        Assert.DoesNotContain("root:x:0", text, StringComparison.Ordinal);
    }

    private static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
