using System.Collections.Concurrent;
using System.Diagnostics;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>A tool a user could pick instead, run on our print HTML: one whole process per document.</summary>
internal sealed record PeerTool(string Name, string Version, Func<string, string, (string File, string[] Arguments, Dictionary<string, string> Environment)> Command);

/// <summary>
/// The peers, installed by tests/benchmark-peers/setup.sh (never by the product's build): WeasyPrint from Debian, pagedjs-cli and
/// pagedjs-cli from npm, pointed at Debian's Chromium. Each gets the same print HTML our engine gets,
/// written to a folder with every stylesheet, font and image it names.
/// </summary>
internal static partial class PeerTools
{
    public static IReadOnlyList<PeerTool> Installed(string root)
    {
        var peers = Path.Combine(root, "tests", "benchmark-peers", "node_modules");
        var chromium = new Dictionary<string, string> { ["PUPPETEER_EXECUTABLE_PATH"] = "/usr/bin/chromium", ["PUPPETEER_SKIP_DOWNLOAD"] = "1" };
        var tools = new List<PeerTool>();
        if (File.Exists("/usr/bin/weasyprint"))
        {
            tools.Add(new PeerTool("WeasyPrint", VersionOf("/usr/bin/weasyprint", "--version"), (html, pdf) => ("/usr/bin/weasyprint", [html, pdf], [])));
        }

        var pagedjs = Path.Combine(peers, ".bin", "pagedjs-cli");
        if (File.Exists(pagedjs))
        {
            tools.Add(new PeerTool("pagedjs-cli", PackageVersion(peers, "pagedjs-cli"),
                (html, pdf) => (pagedjs, [html, "-o", pdf, "--browserArgs", "--no-sandbox,--disable-gpu", "-t", "600000"], chromium)));
        }

        return tools;
    }

    /// <summary>Writes each document's print page as index.html with the files it names beside it.</summary>
    public static IReadOnlyList<string> ExportPrintPages(string content, string templates, string nodeModules, string folder, int documents, string? only = null)
    {
        var diagnostics = new DiagnosticBag();
        var html = CheckPipeline.Render(content, templates, nodeModules, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        var written = new List<string>();
        foreach (var doc in html.Documents.Where(d => only is null || d.Document.Id == only).OrderBy(d => d.Document.Id, StringComparer.Ordinal).Take(documents))
        {
            var dir = Path.Combine(folder, doc.Document.Id);
            Directory.CreateDirectory(dir);
            // There is no print HTML any more: the peers get the standalone web page (fonts and images inlined).
            // Without its Content-Security-Policy: the page allows no script at all, and pagedjs-cli works by
            // injecting Paged.js into it ("Cannot read properties of undefined (reading 'on')", every page, until
            // 2026-12-07). WeasyPrint runs no script and is not affected either way.
            File.WriteAllText(Path.Combine(dir, "index.html"), ContentSecurityPolicy().Replace(doc.WebHtml, string.Empty));

            written.Add(Path.Combine(dir, "index.html"));
        }

        return written;
    }

    /// <summary>Every page through one peer, <paramref name="parallelism"/> processes at a time, as a release tool would run it.</summary>
    /// <returns>The wall time of the whole set, and each document's whole-process time.</returns>
    public static (TimeSpan Total, IReadOnlyList<TimeSpan> PerDocument, int Failed) Run(PeerTool tool, IReadOnlyList<string> pages, int parallelism)
    {
        var each = new ConcurrentBag<TimeSpan>();
        var failed = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, page =>
        {
            var pdf = Path.Combine(Path.GetDirectoryName(page)!, tool.Name.Replace('/', '-').Replace("@", string.Empty, StringComparison.Ordinal) + ".pdf");
            var (file, arguments, environment) = tool.Command(page, pdf);
            var run = CommandRun.Start(file, arguments, Path.GetDirectoryName(page)!, environment);
            each.Add(run.Elapsed);
            if (run.ExitCode != 0 || !File.Exists(pdf))
            {
                Interlocked.Increment(ref failed);
                Console.Error.WriteLine($"{tool.Name} failed on {page}: {run.Output[Math.Max(0, run.Output.Length - 400)..]}");
            }
        });
        return (clock.Elapsed, each.Order().ToList(), failed);
    }

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static string VersionOf(string file, string argument)
    {
        var run = CommandRun.Start(file, [argument], Path.GetTempPath());
        return run.Output.Trim().Split('\n')[0];
    }

    private static string PackageVersion(string nodeModules, string package)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(nodeModules, package, "package.json")));
        return json.RootElement.GetProperty("version").GetString() ?? "?";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<meta http-equiv=""Content-Security-Policy""[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ContentSecurityPolicy();
}
