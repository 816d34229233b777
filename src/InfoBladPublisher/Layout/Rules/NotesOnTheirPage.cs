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
                    diagnostics.Report(DiagnosticCodes.NoteOffItsPage, position, $"note {number} is cited on page {page.Number} but starts on page {placed.Page.Number}; shorten the note or the text before the call, or move the call");
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

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
