using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Publishing.Search;

/// <summary>
/// The release's full-text search index, written by Pagefind (npm <c>pagefind</c>, pinned in package.json and
/// installed by <c>npm ci</c> like the print engine) over the site's pages once they are made. Pagefind reads
/// only what a page marks with <c>data-pagefind-body</c>: the documents' text, after the Woo bars; the overview
/// and filter pages carry no such mark, so nothing is indexed twice. It runs offline, on a copy of the pages in a
/// folder of its own (without their styles and embedded files, <see cref="PagefindInput"/>), and its files come back as bytes for the release (and its manifest).
/// </summary>
internal static class PagefindIndex
{
    public const string Package = "pagefind";

    /// <summary>The version package.json pins: another one may write other bytes, and a second publish of a version must equal the first.</summary>
    public const string PinnedVersion = "1.6.0";

    /// <summary>Where the index is in the release, and its format in the manifest.</summary>
    public const string Folder = "pagefind";
    public const string Format = "pagefind";

    /// <summary>The names the package's own launcher tries, in its order.</summary>
    private static readonly string[] Programs = ["pagefind_extended", "pagefind"];

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>The Pagefind program for this machine, from the optional package npm installed for it.</summary>
    /// <exception cref="MissingToolException">It is not installed, or not the pinned version.</exception>
    public static string Program(string nodeModules)
    {
        var manifest = Path.Combine(nodeModules, Package, "package.json");
        if (!File.Exists(manifest))
        {
            throw new MissingToolException(manifest,
                $"het programma voor de zoekindex (npm {Package} {PinnedVersion}) is niet geïnstalleerd: voer 'npm ci' uit in de hoofdmap van de repository (dotnet cake doet dit voor u)",
                $"the search index tool (npm {Package} {PinnedVersion}) is not installed: run 'npm ci' in the repository root (dotnet cake does this for you)");
        }

        using (var json = JsonDocument.Parse(File.ReadAllBytes(manifest)))
        {
            var version = json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
            if (version != PinnedVersion)
            {
                throw new MissingToolException(manifest,
                    $"npm {Package} {version ?? "(geen versie)"} is geïnstalleerd, maar package.json legt {PinnedVersion} vast: voer 'npm ci' uit in de hoofdmap van de repository",
                    $"npm {Package} {version ?? "(no version)"} is installed, but package.json pins {PinnedVersion}: run 'npm ci' in the repository root");
            }
        }

        var platform = Platform();
        var folder = Path.Combine(nodeModules, "@pagefind", platform, "bin");
        var suffix = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
        return Programs.Select(name => Path.Combine(folder, name + suffix)).FirstOrDefault(File.Exists)
            ?? throw new MissingToolException(folder,
                $"het programma voor de zoekindex voor {platform} (npm @pagefind/{platform}, geïnstalleerd met {Package}) ontbreekt: voer 'npm ci' uit in de hoofdmap van de repository op deze machine",
                $"the search index tool for {platform} (npm @pagefind/{platform}, installed with {Package}) is missing: run 'npm ci' in the repository root on this machine");
    }

    /// <param name="pages">The site's pages by their path in the release; Pagefind indexes those with data-pagefind-body.</param>
    /// <param name="at">Where a failure is reported: the release folder.</param>
    /// <returns>The index's files by path in the release (under pagefind/), in path order; null when Pagefind failed (reported).</returns>
    /// <exception cref="MissingToolException">Pagefind is not installed.</exception>
    public static IReadOnlyList<SiteFile>? Write(IEnumerable<SiteFile> pages, string nodeModules, SourcePosition at, DiagnosticBag diagnostics)
    {
        var program = Program(nodeModules);
        var work = Path.Combine(Path.GetTempPath(), $"infoblad-pagefind-{Guid.NewGuid():N}");
        try
        {
            var site = Path.Combine(work, "site");
            foreach (var page in pages)
            {
                var file = Path.Combine(site, page.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, PagefindInput.Slim(page.Content));
            }

            var output = Path.Combine(work, "index");
            if (Run(program, site, output) is { } failure)
            {
                diagnostics.Report(DiagnosticCodes.RenderFailed, at, $"de zoekindex kon niet worden gemaakt; Pagefind meldt \"{failure}\"", $"the search index could not be made: {failure}");
                return null;
            }

            return Directory.GetFiles(output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .Select(relative => new SiteFile(Folder + "/" + relative, Format, File.ReadAllBytes(Path.Combine(output, relative))))
                .ToList();
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <returns>null when Pagefind succeeded, else what went wrong.</returns>
    private static string? Run(string program, string site, string output)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Not the caller's folder: Pagefind reads a pagefind.yml/.toml/.json from where it runs.
            WorkingDirectory = Path.GetDirectoryName(site)!,
        };

        // Nor the caller's PAGEFIND_* settings: every machine must write the same index.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PAGEFIND_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var argument in new[] { "--site", site, "--output-path", output, "--force-language", "nl", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new MissingToolException(program, $"{program} kon niet worden gestart", $"{program} could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            return $"Pagefind ran longer than {Limit.TotalMinutes} minutes and was stopped";
        }

        process.WaitForExit();
        var said = (stderr.Result + stdout.Result).Trim();
        return process.ExitCode == 0 && Directory.Exists(output) ? null : $"Pagefind exited with code {process.ExitCode}{(said.Length > 0 ? ": " + Common.Snippet.Of(said, 400) : string.Empty)}";
    }

    private static string Platform()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return $"{os}-{arch}";
    }
}
