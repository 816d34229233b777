using InfoBladPublisher.Rendering.Browser;
using System.Globalization;
using System.Runtime.InteropServices;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>What the figures were measured on.</summary>
internal static class Machine
{
    public static string Describe(string nodeModules)
    {
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kib = long.Parse(memory[9..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        // Debian's chromium is a wrapper script that may say other things first; the version is its own line.
        var chromium = CommandRun.Start(BrowserOptions.DefaultChromium, ["--version"], Path.GetTempPath()).Output.Split('\n').LastOrDefault(l => l.StartsWith("Chromium", StringComparison.Ordinal))?.Trim() ?? "Chromium (version unknown)";
        var debian = File.Exists("/etc/debian_version") ? "Debian " + File.ReadAllText("/etc/debian_version").Trim() : RuntimeInformation.OSDescription;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {kib / 1024.0 / 1024.0:0.0} GiB, {debian}, .NET {Environment.Version}, {chromium}, print engine {PagedMediaEngines.VersionOf(PagedMediaEngines.Default, nodeModules)}");
    }
}
