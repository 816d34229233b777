using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Redaction;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// Holds an output (the PDF, the web page) to the source: every word of every block of the body and its notes,
/// after redaction, must be in the output's text as often as the source has it, and nothing in the output may
/// read as a Woo marking. An output may add words (the letterhead, the colofon, list numbers); it may not lose
/// or change one. A word the output lacks is reported at the block that holds it (the last such block, when
/// several do: the earlier ones are counted first).
/// </summary>
internal static class TextAgreement
{
    /// <summary>The PDF, as the messages name it.</summary>
    public static readonly Wording Pdf = new("de PDF", "the PDF");

    /// <summary>The web page, as the messages name it.</summary>
    public static readonly Wording WebPage = new("de webpagina", "the web page");

    /// <param name="output">What the output is called in the message: <see cref="Pdf"/>, <see cref="WebPage"/>.</param>
    /// <param name="pdf">The text was read from a PDF: a document with joiners, soft hyphens or combining accents
    /// is held only to the Woo rule, not word by word (<see cref="Words.HasClusters"/>: the PDF reader misreads
    /// the glyphs Typst shares between such a cluster and the same letter elsewhere).</param>
    /// <returns>False when the output lost text or shows a marking.</returns>
    public static bool Check(IReadOnlyList<SourceBlock> source, string outputText, Wording output, SourcePosition documentPosition, DiagnosticBag diagnostics, bool pdf = false)
    {
        var unreadable = pdf && source.Any(b => Words.HasClusters(b.Text));
        var ok = true;
        if (RedactionMarks.FindMark(outputText) is { } mark)
        {
            diagnostics.Report(DiagnosticCodes.OutputTextDiffers, documentPosition,
                $"{output.Nl} toont tekst die leest als een Woo-markering ('{Common.Snippet.Of(mark, 30)}'): een gelakte passage kan zo worden gepubliceerd; schrijf de markering als {{lak <grond>}}…{{/lak}} in gewone tekens",
                $"{output.En} shows text that reads as a Woo marking ('{Common.Snippet.Of(mark, 30)}'): a withheld passage may be published; write the marking as {{lak <ground>}}…{{/lak}} in plain characters");
            ok = false;
        }

        if (unreadable)
        {
            return ok;
        }

        var available = Count(outputText);
        var deficit = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in source.SelectMany(b => Words.Required(b.Text)))
        {
            if (available.GetValueOrDefault(word) > 0)
            {
                available[word]--;
            }
            else
            {
                deficit[word] = deficit.GetValueOrDefault(word) + 1;
            }
        }

        // Each word the output has too few of is laid at the first blocks that hold it, as often as it is short.
        foreach (var block in source)
        {
            var missing = new List<string>();
            foreach (var word in Words.Required(block.Text).Where(w => deficit.GetValueOrDefault(w) > 0))
            {
                deficit[word]--;
                missing.Add(word);
            }

            if (missing.Count > 0)
            {
                var what = block.Note is { } n ? new Wording($"voetnoot {n}", $"note {n}") : new Wording("dit blok", "this block");
                var words = string.Join(" ", missing.Distinct(StringComparer.Ordinal).Take(8).Select(w => "'" + Common.Snippet.Of(w, 30) + "'")) + (missing.Count > 8 ? " …" : string.Empty);
                diagnostics.Report(DiagnosticCodes.OutputTextDiffers, block.Position,
                    $"in {output.Nl} ontbreekt tekst van {what.Nl}: {words}; de uitvoer zou afwijken van de bron. Dit is een fout van de build of de opmaak, niet van de tekst: meld het, en formuleer er tot dan omheen",
                    $"{output.En} lacks text of {what.En}: {words}; the output would differ from the source. This is a fault of the build or its layouts, not of your text: report it, and until then rephrase around it");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>
    /// The output's words by how often they occur. A word the layout broke over two lines (a long address has
    /// no space to break at) also counts whole: the last word of a line joined to the first of the next.
    /// </summary>
    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? lastOfLine = null;
        foreach (var line in text.Split('\n'))
        {
            var words = Words.Of(line).ToList();
            foreach (var word in words)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }

            if (lastOfLine is not null && words.Count > 0 && Words.IsWord(lastOfLine) && Words.IsWord(words[0]))
            {
                counts[lastOfLine + words[0]] = counts.GetValueOrDefault(lastOfLine + words[0]) + 1;
            }

            lastOfLine = words.Count > 0 ? words[^1] : null;
        }

        return counts;
    }
}
