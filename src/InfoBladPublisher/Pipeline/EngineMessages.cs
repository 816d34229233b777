using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.Templates;

namespace InfoBladPublisher.Pipeline;

/// <summary>What Typst said about a document, as diagnostics at the layout file's own line and column.</summary>
internal static class EngineMessages
{
    public static void Report(PdfResult result, RenderedDocument rendered, PrintLayouts layouts, DiagnosticBag diagnostics)
    {
        var layout = SourcePosition.StartOf(layouts.Display(rendered.Print.Main));
        foreach (var message in result.Messages.Where(m => m.Severity == "error"))
        {
            var hints = message.Hints.Count == 0 ? string.Empty : " (" + string.Join("; ", message.Hints) + ")";
            if (message.Standard is { } standard)
            {
                // Content reaches Typst only as data, so what the standard refuses is the layout's doing, or a
                // character the bundled fonts cannot print.
                var name = standard == TypstEngine.Accessible ? "PDF/UA-1" : "PDF/A-2a";
                diagnostics.Report(DiagnosticCodes.PdfStandardRefused, message.Message.Contains("could not be displayed", StringComparison.Ordinal) ? rendered.MetadataPosition : layout,
                    $"{rendered.Document.Id}: de PDF voldoet niet aan {name}: {WithoutStandardPrefix(message.Message)}{hints}; er is niets gepubliceerd",
                    $"{rendered.Document.Id}: the PDF does not meet {name}: {WithoutStandardPrefix(message.Message)}{hints}; nothing was published");
                continue;
            }

            var at = message.Path.StartsWith('/' + PrintLayouts.Folder + '/', StringComparison.Ordinal) && message.Line > 0
                ? new SourcePosition(layouts.Display(message.Path), message.Line, message.Column)
                : layout;
            diagnostics.Report(DiagnosticCodes.PrintLayoutError, at, $"{message.Message}{hints} (bij de opmaak van {rendered.Document.Id})", $"{message.Message}{hints} (laying out {rendered.Document.Id})");
        }
    }

    private static string WithoutStandardPrefix(string message) => message.Replace("PDF/UA-1 error: ", string.Empty, StringComparison.Ordinal).Replace("PDF/A-2a error: ", string.Empty, StringComparison.Ordinal);
}
