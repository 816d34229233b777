using InfoBladPublisher.Content;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Model;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// Content and model: every file read, bound to the model and checked, with the house style beside it. Content
/// and templates are checked side by side, so an editor sees every problem in one run.
/// </summary>
internal static class LoadStage
{
    public sealed record Output(Workspace Workspace, ContentSet Content, HouseStyle Style);

    /// <param name="fontsOptional">A check: without the fonts, it checks all else and says what it left out.</param>
    /// <param name="partial">For the preview: go on with the documents that have no error of their own.</param>
    /// <param name="checking">For check: see <see cref="ContentLoader.Load"/>.</param>
    public static Output? Run(Workspace workspace, MarkdownEngine markdown, DiagnosticBag diagnostics, bool fontsOptional = false, bool partial = false, bool checking = false)
    {
        var withoutFonts = !Directory.Exists(workspace.FontsFolder);
        if (withoutFonts && !fontsOptional)
        {
            // One clear line instead of an error per font file: the npm packages are simply not installed.
            diagnostics.Report(DiagnosticCodes.MissingTool, SourcePosition.StartOf(workspace.FontsFolder), "de meegeleverde lettertypen ontbreken; voer 'npm ci' uit in de hoofdmap van de repository (dotnet cake doet dit vanzelf)", "the bundled fonts are missing; run 'npm ci' in the repository root (dotnet cake does this for you)");
            return null;
        }

        if (withoutFonts)
        {
            diagnostics.Report(DiagnosticCodes.CheckedWithoutFonts, SourcePosition.StartOf(workspace.FontsFolder), "de meegeleverde lettertypen zijn niet geïnstalleerd, dus grafieken zijn niet getekend, namen van ministeries niet gemeten (IBP078), woorden en tabellen niet gemeten tegen de tekstkolom (IBP015) en tekens niet gecontroleerd tegen de lettertypen voor druk (IBP074); al het andere is gecontroleerd. Voer 'npm ci' uit om ook dat te controleren", "the bundled fonts are not installed, so charts were not drawn, ministry names not measured (IBP078), words and tables not measured against the text column (IBP015) and characters not checked against the print fonts (IBP074); everything else was checked. Run 'npm ci' to check those too");
        }

        // A link out of the tree, a loop or a FIFO is named where it is; every walk leaves it out, so the other
        // checks still run and the editor sees all problems at once.
        workspace.Content.ReportWalk(diagnostics);
        workspace.Templates.ReportWalk(diagnostics);

        var style = HouseStyle.Load(workspace, withoutFonts, diagnostics);
        var content = new ContentLoader(markdown, style?.Woordmerk).Load(workspace.Content, diagnostics, partial, workspace.Redaction, checking);
        if (content is null || style is null || (diagnostics.HasErrors && !partial))
        {
            style?.Dispose();
            return null;
        }

        return new Output(workspace, content, style);
    }
}
