using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Benchmarks;

/// <summary>Where the engine's seconds go for one document, phase by phase, with the browser already running.</summary>
internal static class EngineProfiling
{
    public static async Task RunAsync(string content, string templates, string nodeModules, string documentId, int rounds, string? pdfOut = null)
    {
        var diagnostics = new DiagnosticBag();
        var html = CheckPipeline.Render(content, templates, nodeModules, diagnostics)!;
        var one = html with { Documents = [html.Documents.Single(d => d.Document.Id == documentId)] };
        if (pdfOut is not null)
        {
            // The Typst root the document is laid out in, to run the engine on it by hand.
            foreach (var (path, bytes) in one.Documents[0].Print.Files)
            {
                var file = Path.Combine(pdfOut + ".typst", path.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }
        }

        var engine = await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, new EngineOptions(nodeModules, TimeSpan.FromMinutes(60)));
        await using (engine)
        {
            var phases = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var order = new List<string>();
            var totals = new List<double>();
            for (var i = 0; i < Math.Max(1, rounds + 1); i++)
            {
                var output = await PdfStage.RunAsync(one, engine, 1, diagnostics, CancellationToken.None);
                var result = output.Pdfs[documentId];
                if (i == 0 && rounds > 0)
                {
                    continue; // the first render also warms the browser's caches
                }

                totals.Add(result.Elapsed.TotalMilliseconds);
                if (pdfOut is not null && result.Pdf.Length > 0)
                {
                    File.WriteAllBytes(pdfOut, result.Pdf); // to look at the pages the figures are for
                }

                Console.WriteLine($"{documentId}: {result.PageCount} pages, {result.Passes} layout(s), {result.Elapsed.TotalSeconds:0.0} s");
                foreach (var message in result.Messages.Where(m => m.Severity != "error").DistinctBy(m => m.Message))
                {
                    Console.WriteLine($"  typst {message.Severity}: {message.Message}");
                }
                foreach (var (phase, elapsed) in result.Profile)
                {
                    if (!phases.TryGetValue(phase, out var times))
                    {
                        order.Add(phase);
                        phases[phase] = times = [];
                    }

                    times.Add(elapsed.TotalMilliseconds);
                }
            }

            foreach (var phase in order)
            {
                Report.Row($"engine, {documentId[..Math.Min(24, documentId.Length)]}…: {phase}", phases[phase]);
            }

            Report.Row($"engine, {documentId[..Math.Min(24, documentId.Length)]}…: whole render", totals);
        }

        // A time for a document the gate refused is no figure: say so.
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            Console.WriteLine(diagnostic);
        }
    }
}
