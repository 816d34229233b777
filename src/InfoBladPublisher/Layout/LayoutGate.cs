using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout.Rules;

namespace InfoBladPublisher.Layout;

/// <summary>The rules every page of every published document must pass; an error stops the release.</summary>
internal static class LayoutGate
{
    public static IReadOnlyList<ILayoutRule> Rules { get; } =
    [
        new NotesOnTheirPage(),
        new InsideThePage(),
        new PageNumbers(),
        new BundledFonts(),
        new HeadingKeptWithNext(),
        new TableRowsAcrossBreak(),
        new PageFill(),
        new TaggedStructure(),
        new ClearOfFurniture(),
    ];

    public static void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule.Check(facts, context, diagnostics);
        }
    }
}
