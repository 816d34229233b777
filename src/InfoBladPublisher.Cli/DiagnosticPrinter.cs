using System.Text.Json;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Cli;

/// <summary>Diagnostics as compiler-style lines for people and problem matchers, or as one JSON document for tools.</summary>
internal static class DiagnosticPrinter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <returns>The number of errors printed.</returns>
    public static int Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        var errors = 0;
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.Format(RunLanguage.Current));
            if (diagnostic.Severity == Severity.Error)
            {
                errors++;
            }
        }

        return errors;
    }

    /// <summary>One JSON document: the outcome and every diagnostic with its code's title and help link.</summary>
    public static void PrintJson(IReadOnlyList<Diagnostic> diagnostics, int? documents, TextWriter writer)
    {
        var report = new
        {
            ok = documents is not null && diagnostics.All(d => d.Severity != Severity.Error),
            documents,
            errors = diagnostics.Count(d => d.Severity == Severity.Error),
            warnings = diagnostics.Count(d => d.Severity == Severity.Warning),
            notJudged = Pipeline.CheckPipeline.NotJudged,
            diagnostics = diagnostics.Select(d => new
            {
                file = d.Position.File,
                line = d.Position.Line,
                column = d.Position.Column,
                severity = d.Severity.Word(),
                code = d.Code,
                title = DiagnosticCodes.Describe(d.Code).TitleIn(RunLanguage.Current),
                message = d.MessageIn(RunLanguage.Current),
                help = DiagnosticCodes.Describe(d.Code).HelpLink,
            }),
        };
        writer.WriteLine(JsonSerializer.Serialize(report, Json));
    }
}
