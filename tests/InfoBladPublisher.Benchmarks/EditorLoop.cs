using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Preview;

namespace InfoBladPublisher.Benchmarks;

/// <summary>What an editor waits for: check, and in the preview the time from a save to the new page and PDF.</summary>
internal static class EditorLoop
{
    public static void CheckWarm(string content, string templates, string nodeModules, int rounds)
    {
        var times = new List<double>();
        for (var i = 0; i < rounds + 2; i++)
        {
            var watch = Stopwatch.StartNew();
            CheckPipeline.Run(content, templates, nodeModules, new DiagnosticBag());
            if (i >= 2)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Report.Row("check, whole content set, warm (in process)", times);
    }

    public static void CheckCold(string label, string cli, string root, int rounds)
    {
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(cli);
            start.ArgumentList.Add("check");
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        Report.Row(label, times);
    }

    public static async Task PreviewAsync(string content, string templates, string nodeModules, string documentId, int rounds)
    {
        var copy = Path.Combine(Path.GetTempPath(), "infoblad-bench-" + Guid.NewGuid().ToString("N"));
        Release.BenchCorpus.CopyTree(content, copy);
        try
        {
            var port = FreePort();
            await using var server = await PreviewServer.StartAsync(new PreviewOptions(copy, templates, nodeModules, port), TextWriter.Null);
            using var http = new HttpClient { BaseAddress = server.Url };
            var body = Path.Combine(copy, "documenten", documentId, "tekst.md");
            var html = new List<double>();
            var pdf = new List<double>();
            await http.GetByteArrayAsync($"d/{documentId}/pdf"); // starts the browser once, as the editor's first click does
            for (var i = 0; i < rounds; i++)
            {
                var marker = $"Meetzin {i} {Guid.NewGuid():N}.";
                var seen = server.Version;
                var watch = Stopwatch.StartNew();
                await File.AppendAllTextAsync(body, $"\n\n{marker}\n");
                while (server.Version == seen)
                {
                    await Task.Delay(2);
                }

                var page = await http.GetStringAsync($"d/{documentId}/web");
                html.Add(watch.Elapsed.TotalMilliseconds);
                if (!page.Contains(marker, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("the new page lacks the saved sentence");
                }

                await http.GetByteArrayAsync($"d/{documentId}/pdf");
                pdf.Add(watch.Elapsed.TotalMilliseconds);
            }

            var name = documentId[..Math.Min(24, documentId.Length)];
            Report.Row($"serve: save → new web page served ({name}…)", html);
            Report.Row($"serve: save → new PDF served ({name}…)", pdf);
            await EngineOnlyAsync(copy, templates, nodeModules, documentId, rounds);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>The engine's own time for the same document, to set the preview's PDF against.</summary>
    private static async Task EngineOnlyAsync(string content, string templates, string nodeModules, string documentId, int rounds)
    {
        var diagnostics = new DiagnosticBag();
        var html = CheckPipeline.Render(content, templates, nodeModules, diagnostics)!;
        var one = html with { Documents = [html.Documents.Single(d => d.Document.Id == documentId)] };
        var options = new PublishOptions(content, templates, nodeModules, Path.GetTempPath(), "bench", Parallelism: 1);
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var output = await Pagination.RunAsync(one, options, diagnostics, CancellationToken.None);
            times.Add(output!.Pdfs[documentId].Elapsed.TotalMilliseconds);
        }

        Report.Row($"the engine alone, same document, compiler warm ({documentId[..Math.Min(24, documentId.Length)]}…)", times);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
