using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Headings;

/// <summary>
/// Heading levels without a skipped level, judged on the Markdown at the heading itself: a screen reader
/// navigates by them, and the layout gate would otherwise find the skip only in the PDF's tags, pages later.
/// The document's title is the one H1, so the text's first heading is '#'.
/// </summary>
internal static class HeadingLevels
{
    public static void Check(MarkdownDocument body, string bodyPath, DiagnosticBag diagnostics)
    {
        var previous = 0;
        foreach (var heading in body.Descendants<HeadingBlock>())
        {
            if (heading.Inline is null || !heading.Inline.Descendants<Markdig.Syntax.Inlines.Inline>().Any(i => i is not Markdig.Syntax.Inlines.LiteralInline l || !l.Content.IsEmptyOrWhitespace()))
            {
                // Printed, it would be a bare number ("2."), and a screen reader would announce an empty section.
                diagnostics.Report(DiagnosticCodes.InvalidValue, new SourcePosition(bodyPath, heading.Line + 1, heading.Column + 1),
                    $"deze kop ('{new string('#', heading.Level)}') heeft geen tekst; schrijf de woorden van de kop na de '#', of verwijder de regel",
                    $"this heading ('{new string('#', heading.Level)}') has no text; write its words after the '#', or remove the line");
            }

            if (heading.Level > previous + 1)
            {
                var at = new SourcePosition(bodyPath, heading.Line + 1, heading.Column + 1);
                var wrote = new string('#', heading.Level);
                diagnostics.Report(DiagnosticCodes.PdfStructure, at, previous == 0
                    ? new Wording(
                        $"de eerste kop van de tekst is '{wrote}' en slaat een niveau onder de titel over; begin met '#'",
                        $"the text's first heading is '{wrote}', which skips a level below the title; start with '#'")
                    : new Wording(
                        $"een kop '{wrote}' direct na een kop '{new string('#', previous)}' slaat een niveau over, en een schermlezer meldt dan een ontbrekend onderdeel; gebruik '{new string('#', previous + 1)}'",
                        $"a '{wrote}' heading right after a '{new string('#', previous)}' skips a level, which a screen reader announces as a missing section; use '{new string('#', previous + 1)}'"));
            }

            previous = heading.Level;
        }
    }
}
