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
                diagnostics.Report(DiagnosticCodes.NoteOffItsPage, context.PositionOf(note.Src), $"voetnoot {note.Number} staat in de lopende tekst op pagina {page.Number} in plaats van onderaan de pagina", $"note {note.Number} stays in the running text on page {page.Number} instead of at the foot of the page");
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
                    diagnostics.Report(DiagnosticCodes.NoteOffItsPage, position, $"de voetnoot waarnaar pagina {page.Number} verwijst (verwijzing '{call.Label}') staat op geen enkele pagina", $"the note cited on page {page.Number} (call '{call.Label}') is printed on no page");
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
                    diagnostics.Report(DiagnosticCodes.NoteOffItsPage, position, $"de verwijzing naar voetnoot {number} op pagina {page.Number} staat niet op de regel van het woord ervoor; verwijder de spatie voor de verwijzing", $"the call of note {number} on page {page.Number} does not stand on the line of the word before it; remove the space before the call");
                }

                if (call.Label != Text(number) || placed.Note.Marker != Text(number) || number != expected)
                {
                    diagnostics.Report(DiagnosticCodes.NoteNumbering, position, $"de nummering van de voetnoten klopt niet op pagina {page.Number}: verwijzing '{call.Label}', voetnootnummer '{placed.Note.Marker}', verwacht {expected}", $"note numbering is off on page {page.Number}: call '{call.Label}', note marker '{placed.Note.Marker}', expected {expected}");
                }

                expected++;
            }
        }
    }

    /// <summary>What the layout did and what was tried, so the editor knows the smallest change that can help.</summary>
    private static Wording OffItsPage(int number, PageFacts cited, PageFacts placed, LayoutContext context)
    {
        var where = new Wording($"pagina {cited.Number} verwijst naar voetnoot {number}, maar die begint op pagina {placed.Number}", $"note {number} is cited on page {cited.Number} but starts on page {placed.Number}");
        if (!context.Repairs.Notes.TryGetValue(number, out var words))
        {
            return context.Passes >= LayoutRepairs.MaxPasses
                ? new($"{where.Nl}; de opmaak kwam niet tot rust in {context.Passes} rondes, omdat reparaties elders deze voetnoot verplaatsten; maak voetnoot {number} of de tekst voor de verwijzing korter, of verplaats de verwijzing", $"{where.En}; the layout did not settle within {context.Passes} layouts, as repairs elsewhere moved this note; shorten note {number} or the text before its call, or move the call")
                : new($"{where.Nl}; maak de voetnoot of de tekst voor de verwijzing korter, of verplaats de verwijzing", $"{where.En}; shorten the note or the text before the call, or move the call");
        }

        var tried = words == 0 ? new Wording("er is een nieuwe pagina begonnen bij het woord van de verwijzing", "a new page was started at its call's word") : new Wording($"er is een nieuwe pagina begonnen {words} woorden voor de verwijzing", $"a new page was started {words} words before its call");
        var cause = placed.Index > cited.Index
            ? new Wording("de voetnoot paste niet onder de regels die eindigen bij de verwijzing", "the note did not fit below the lines that end at its call")
            : new Wording("de opmaak zette de voetnoot een pagina voor de verwijzing, waar er ruimte was", "the engine set the note a page before its call, where it found room");
        return new($"{where.Nl}: {tried.Nl}, en {cause.Nl}; maak voetnoot {number} korter, of verplaats de verwijzing naar een andere zin", $"{where.En}: {tried.En}, and {cause.En}; shorten note {number}, or move its call to another sentence");
    }

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
