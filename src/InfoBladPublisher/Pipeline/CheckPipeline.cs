using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;

namespace InfoBladPublisher.Pipeline;

/// <summary>What <c>infoblad check</c> runs: load, bind and check, then render the HTML; no browser, nothing written, and no fonts needed.</summary>
public static class CheckPipeline
{
    /// <summary>
    /// The page rules, which only the laid-out pages can judge; check says it did not judge them, so that "no
    /// errors" is not read as a promise that publish will pass. Check does judge IBP078, and in the content the
    /// characters the fonts lack (IBP074) and skipped heading levels (IBP079); the pages judge the layouts' own text and headings.
    /// </summary>
    public static IReadOnlyList<string> NotJudged { get; } =
    [
        DiagnosticCodes.NoteOffItsPage, DiagnosticCodes.NoteNumbering, DiagnosticCodes.OutsideItsPlace, DiagnosticCodes.PageNumberMissing,
        DiagnosticCodes.FontNotBundled, DiagnosticCodes.HeadingAtPageEnd, DiagnosticCodes.TableRowsSplit, DiagnosticCodes.PageHalfEmpty,
        DiagnosticCodes.PdfStructure, DiagnosticCodes.UnderFurniture,
    ];

    /// <summary>The checks check runs on a document's rendered page, so not on a document with errors of its own.</summary>
    public static IReadOnlyList<string> OnThePage { get; } =
    [
        DiagnosticCodes.WordTooLong, DiagnosticCodes.FontNotBundled, DiagnosticCodes.OutputTextDiffers, DiagnosticCodes.TemplateRuntime,
    ];

    /// <summary>
    /// Every problem at once: a document with errors of its own does not stop the others from being rendered
    /// and judged (characters the fonts lack, words wider than the column, the web page's text), so one check
    /// finds what publish would refuse in each of them.
    /// </summary>
    /// <returns>The number of documents checked, or null when any error was reported.</returns>
    public static int? Run(string contentRoot, string templateRoot, string nodeModules, DiagnosticBag diagnostics)
    {
        var output = Render(contentRoot, templateRoot, nodeModules, diagnostics, partial: true, checking: true);
        return output is null || diagnostics.HasErrors ? null : output.Documents.Count;
    }

    /// <summary>The rendered pages, for tests that look at the HTML without a browser.</summary>
    /// <param name="partial">For the preview: the documents without errors of their own, even when others have some.</param>
    /// <param name="checking">For check: a broken sender or dataset keeps out only the documents that name it.</param>
    /// <param name="redaction">The preview's INTERN view renders the internal build's pages (Woo passages shown).</param>
    internal static HtmlStage.Output? Render(string contentRoot, string templateRoot, string nodeModules, DiagnosticBag diagnostics, RenderCache? cache = null, bool partial = false, bool checking = false,
        Redaction.RedactionMode redaction = Redaction.RedactionMode.Public)
    {
        var workspace = Workspace.Open(contentRoot, templateRoot, nodeModules) with { Redaction = redaction };
        var markdown = new MarkdownEngine();
        var loaded = LoadStage.Run(workspace, markdown, diagnostics, fontsOptional: true, partial, checking);
        using (loaded?.Style)
        {
            return loaded is null ? null : HtmlStage.Run(loaded, markdown, diagnostics, cache, partial);
        }
    }
}
