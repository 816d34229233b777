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
        var chromium = CommandRun.Start(BrowserOptions.DefaultChromium, ["--version"], Path.GetTempPath()).Output.Trim();
        var debian = File.Exists("/etc/debian_version") ? "Debian " + File.ReadAllText("/etc/debian_version").Trim() : RuntimeInformation.OSDescription;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {kib / 1024.0 / 1024.0:0.0} GiB, {debian}, .NET {Environment.Version}, {chromium}, Vivliostyle core {PagedMediaEngines.VersionOf(PagedMediaEngines.Default, nodeModules)}");
    }
}
