using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Publishing.Search;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// What the machine needs for a public release's site besides the print engine: Pagefind, for its search index.
/// The index is made last, so a missing Pagefind is looked for before anything is rendered, not found after
/// every PDF was made.
/// </summary>
internal static class SiteTools
{
    /// <summary>A shard writes no release, and the internal build gets no site: neither needs Pagefind.</summary>
    public static bool Needed(PublishOptions options) => options.Shard is null && !options.Intern;

    /// <returns>False when a tool the run needs is missing or not the pinned version (IBP052, at the path looked for).</returns>
    public static bool Check(PublishOptions options, DiagnosticBag diagnostics)
    {
        if (!Needed(options))
        {
            return true;
        }

        try
        {
            PagefindIndex.Program(options.NodeModules);
            return true;
        }
        catch (MissingToolException ex)
        {
            diagnostics.Report(DiagnosticCodes.MissingTool, SourcePosition.StartOf(ex.Tool), ex.Wording);
            return false;
        }
    }
}
