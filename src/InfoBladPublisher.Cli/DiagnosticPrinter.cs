using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Cli;

internal static class DiagnosticPrinter
{
    /// <returns>The number of errors printed.</returns>
    public static int Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        var errors = 0;
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
            if (diagnostic.Severity == Severity.Error)
            {
                errors++;
            }
        }

        return errors;
    }
}
