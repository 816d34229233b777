using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>
/// What assistive software reads from the PDF (PDF/UA-1 as far as the engine's tagging allows): tagged, in
/// Dutch, its title shown, every font embedded; headings without skipped levels; lists and tables tagged as
/// such, tables with header cells; every figure with alternative text; every note tagged as a Note at its
/// call, so a screen reader reads it there (or skips it) instead of in the middle of the text at the foot.
/// </summary>
internal sealed partial class TaggedStructure : ILayoutRule
{
    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        if (context.Tagged is not { } pdf)
        {
            return;
        }

        var at = context.MetadataPosition;
        void Report(SourcePosition where, string nl, string en) => diagnostics.Report(DiagnosticCodes.PdfStructure, where, nl, en);

        if (!pdf.Marked || pdf.Elements.Count == 0)
        {
            Report(at, "de PDF heeft geen tags, dus een schermlezer krijgt de tekst zonder koppen, lijsten of tabellen; de drukinstellingen van de engine zijn de tags kwijtgeraakt", "the PDF is not tagged, so a screen reader gets its text without headings, lists or tables; the engine's print settings lost the tags");
            return;
        }

        if (pdf.Lang is null || !pdf.Lang.StartsWith("nl", StringComparison.OrdinalIgnoreCase))
        {
            Report(at, $"de taal van de PDF is '{pdf.Lang ?? "(geen)"}', niet Nederlands; geef de opmaak <html lang=\"nl\">", $"the PDF's language is '{pdf.Lang ?? "(none)"}', not Dutch; give the layout <html lang=\"nl\">");
        }

        if (!pdf.DisplayDocTitle || string.IsNullOrWhiteSpace(pdf.Title))
        {
            Report(at, "de PDF toont de titel niet in de titelbalk van de lezer; de opmaak heeft een <title> nodig", "the PDF does not show its title in the reader's title bar; the layout needs a <title>");
        }

        foreach (var font in pdf.Fonts.Where(f => !f.Embedded).DistinctBy(f => f.Name))
        {
            Report(at, $"pagina {font.Page} gebruikt het lettertype '{font.Name}' zonder het in te sluiten; een andere computer toont andere letters", $"page {font.Page} uses the font '{font.Name}' without embedding it; another computer shows other letters");
        }

        Headings(pdf, facts, context, Report);
        ListsTablesFigures(pdf, at, Report);
    }

    private static void Headings(TaggedPdf pdf, LayoutFacts facts, LayoutContext context, Action<SourcePosition, string, string> report)
    {
        var previous = 0;
        foreach (var heading in pdf.Elements.Where(e => HeadingLevel().IsMatch(e.Type)))
        {
            var level = heading.Type[1] - '0';
            if (level > previous + 1)
            {
                // The text's own skips are refused at check (HeadingLevels); one found here came from the layout,
                // so it points at the heading's block when the layout drew it from the text, else at the layout.
                var src = facts.Pages.ElementAtOrDefault(heading.Page - 1)?.Blocks.FirstOrDefault(b => b.Heading && Same(b.Text, heading.Text))?.Src;
                var where = src is null ? context.LayoutPosition : context.PositionOf(src);
                var pageNl = heading.Page > 0 ? $" op pagina {heading.Page}" : string.Empty;
                var page = heading.Page > 0 ? $" on page {heading.Page}" : string.Empty;
                if (previous == 0)
                {
                    report(where, $"de eerste kop van de PDF, '{heading.Text}'{pageNl}, is {heading.Type}, geen H1; de titel van de opmaak hoort de enige H1 te zijn (met heading(level: 1))",
                        $"the first heading of the PDF, '{heading.Text}'{page}, is {heading.Type}, not H1; the layout's title should be the one H1 (its heading(level: 1))");
                }
                else
                {
                    report(where, $"de kop '{heading.Text}'{pageNl} is {heading.Type} direct na een H{previous}: de opmaak slaat een niveau over; geef de kop niveau {previous + 1}",
                        $"the heading '{heading.Text}'{page} is {heading.Type} right after an H{previous}: the layout skips a level; give it level {previous + 1}");
                }
            }

            previous = level;
        }
    }

    private static void ListsTablesFigures(TaggedPdf pdf, SourcePosition at, Action<SourcePosition, string, string> report)
    {
        for (var i = 0; i < pdf.Elements.Count; i++)
        {
            var e = pdf.Elements[i];
            switch (e.Type)
            {
                case "L" when !e.ChildTypes.Contains("LI"):
                    report(at, $"een lijst op pagina {e.Page} ('{e.Text}') heeft geen lijstpunten in de tags van de PDF", $"a list on page {e.Page} ('{e.Text}') has no list items in the PDF's tags");
                    break;
                case "LI" when e.ParentType != "L":
                    report(at, $"een lijstpunt op pagina {e.Page} ('{e.Text}') staat niet in een lijst in de tags van de PDF", $"a list item on page {e.Page} ('{e.Text}') is not inside a list in the PDF's tags");
                    break;
                case "Table" when !Descendants(pdf, i).Any(d => d.Type == "TH"):
                    report(at, $"de tabel op pagina {e.Page} ('{e.Text}') heeft geen kopcellen in de tags van de PDF; geef de tabel een kopregel", $"the table on page {e.Page} ('{e.Text}') has no header cells in the PDF's tags; give it a header row");
                    break;
                case "Note" when e.ParentType is null or "Document" or "Part" or "Sect":
                    report(at, $"een voetnoot op pagina {e.Page} ('{e.Text}') is los getagd van de tekst die ernaar verwijst; een schermlezer moet de voetnoot bij de verwijzing kunnen bereiken", $"a note on page {e.Page} ('{e.Text}') is tagged apart from the text that cites it; a screen reader must reach it at its call");
                    break;
                case "Figure" when string.IsNullOrWhiteSpace(e.Alt):
                    report(at, $"een figuur op pagina {e.Page}{(e.Text.Length > 0 ? $" ('{e.Text}')" : string.Empty)} heeft geen alternatieve tekst: geef een <img> een alt (of aria-hidden=\"true\" als het decoratie is), en een onderdeel van een grafiek een aria-label", $"a figure on page {e.Page}{(e.Text.Length > 0 ? $" ('{e.Text}')" : string.Empty)} has no alternative text: give an <img> its alt (or aria-hidden=\"true\" when it is decoration), a chart mark its aria-label");
                    break;
            }
        }
    }

    private static IEnumerable<StructNode> Descendants(TaggedPdf pdf, int index) =>
        pdf.Elements.Skip(index + 1).TakeWhile(d => d.Depth > pdf.Elements[index].Depth);

    private static bool Same(string a, string b) =>
        Squash(a).StartsWith(Squash(b).TrimEnd('…'), StringComparison.Ordinal) || Squash(b).StartsWith(Squash(a), StringComparison.Ordinal);

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    [GeneratedRegex("^H[1-6]$")]
    private static partial Regex HeadingLevel();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
