using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Tests.Differential;

/// <summary>What the differential samples held: documents published and refused, and the codes check refused them with (IBP_DIFF_REPORT names a file to append it to).</summary>
internal static class Tally
{
    public static void Add(int published, int refused, IEnumerable<Diagnostic> errors, IReadOnlyList<Diagnostic> layout)
    {
        if (Environment.GetEnvironmentVariable("IBP_DIFF_REPORT") is not { Length: > 0 } file)
        {
            return;
        }

        var codes = errors.GroupBy(e => e.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}");
        foreach (var e in errors.Where(e => e.Code == DiagnosticCodes.OutputTextDiffers))
        {
            File.AppendAllText(file, "  " + e + "\n");
        }

        File.AppendAllText(file, $"passed check {published}, refused by check {refused}: {string.Join(" ", codes)}; layout refusals: {string.Join(" ", layout.Select(d => d.Code))}\n");
    }
}
