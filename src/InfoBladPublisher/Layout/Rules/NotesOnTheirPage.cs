using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>Every note starts at the foot of the page that cites it, and notes are numbered 1..n in order of their calls.</summary>
internal sealed class NotesOnTheirPage : ILayoutRule
{
    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        foreach (var page in facts.Pages)
        {
            foreach (var note in page.Footnotes.Where(n => !n.AtFoot))
            {
                diagnostics.Report(DiagnosticCodes.NoteOffItsPage, context.PositionOf(note.Src), $"note {note.Number} stays in the running text on page {page.Number} instead of at the foot of the page");
            }
        }

        var firstAtFoot = facts.NoteStarts();

        var expected = 1;
        foreach (var page in facts.Pages)
        {
            foreach (var call in page.Calls)
            {
                var position = context.PositionOf(call.Src);
                if (!firstAtFoot.TryGetValue(call.Owner, out var placed))
                {
                    diagnostics.Report(DiagnosticCodes.NoteOffItsPage, position, $"the note cited on page {page.Number} (call '{call.Label}') is printed on no page");
                    expected++;
                    continue;
                }

                // The note carries the call's own line and column; the call element only knows its paragraph.
                position = context.PositionOf(placed.Note.Src ?? call.Src);
                var number = placed.Note.Number;
                if (placed.Page.Index != page.Index)
                {
                    diagnostics.Report(DiagnosticCodes.NoteOffItsPage, position, OffItsPage(number, page, placed.Page, context));
                }

                if (call.WordsBeforeLine < 0)
                {
                    // A call must not open a line (or a page) apart from its word; only a space before it allows the break.
                    diagnostics.Report(DiagnosticCodes.NoteOffItsPage, position, $"the call of note {number} on page {page.Number} does not stand on the line of the word before it; remove the space before the call");
                }

                if (call.Label != Text(number) || placed.Note.Marker != Text(number) || number != expected)
                {
                    diagnostics.Report(DiagnosticCodes.NoteNumbering, position, $"note numbering is off on page {page.Number}: call '{call.Label}', note marker '{placed.Note.Marker}', expected {expected}");
                }

                expected++;
            }
        }
    }

    /// <summary>What the layout did and what was tried, so the editor knows the smallest change that can help.</summary>
    private static string OffItsPage(int number, PageFacts cited, PageFacts placed, LayoutContext context)
    {
        var where = $"note {number} is cited on page {cited.Number} but starts on page {placed.Number}";
        if (!context.Repairs.Notes.TryGetValue(number, out var words))
        {
            return context.Passes >= LayoutRepairs.MaxPasses
                ? $"{where}; the layout did not settle within {context.Passes} layouts, as repairs elsewhere moved this note; shorten note {number} or the text before its call, or move the call"
                : $"{where}; shorten the note or the text before the call, or move the call";
        }

        var tried = words == 0 ? "a new page was started at its call's word" : $"a new page was started {words} words before its call";
        var cause = placed.Index > cited.Index
            ? "the note did not fit below the lines that end at its call"
            : "the engine set the note a page before its call, where it found room";
        return $"{where}: {tried}, and {cause}; shorten note {number}, or move its call to another sentence";
    }

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
