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
        void Report(SourcePosition where, string message) => diagnostics.Report(DiagnosticCodes.PdfStructure, where, message);

        if (!pdf.Marked || pdf.Elements.Count == 0)
        {
            Report(at, "the PDF is not tagged, so a screen reader gets its text without headings, lists or tables; the engine's print settings lost the tags");
            return;
        }

        if (pdf.Lang is null || !pdf.Lang.StartsWith("nl", StringComparison.OrdinalIgnoreCase))
        {
            Report(at, $"the PDF's language is '{pdf.Lang ?? "(none)"}', not Dutch; give the layout <html lang=\"nl\">");
        }

        if (!pdf.DisplayDocTitle || string.IsNullOrWhiteSpace(pdf.Title))
        {
            Report(at, "the PDF does not show its title in the reader's title bar; the layout needs a <title>");
        }

        foreach (var font in pdf.Fonts.Where(f => !f.Embedded).DistinctBy(f => f.Name))
        {
            Report(at, $"page {font.Page} uses the font '{font.Name}' without embedding it; another computer shows other letters");
        }

        Headings(pdf, facts, context, Report);
        ListsTablesFigures(pdf, at, Report);
    }

    private static void Headings(TaggedPdf pdf, LayoutFacts facts, LayoutContext context, Action<SourcePosition, string> report)
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
                var page = heading.Page > 0 ? $" on page {heading.Page}" : string.Empty;
                report(where, previous == 0
                    ? $"the first heading of the PDF, '{heading.Text}'{page}, is {heading.Type}, not H1; the layout's title should be the one H1 (its heading(level: 1))"
                    : $"the heading '{heading.Text}'{page} is {heading.Type} right after an H{previous}: the layout skips a level; give it level {previous + 1}");
            }

            previous = level;
        }
    }

    private static void ListsTablesFigures(TaggedPdf pdf, SourcePosition at, Action<SourcePosition, string> report)
    {
        for (var i = 0; i < pdf.Elements.Count; i++)
        {
            var e = pdf.Elements[i];
            switch (e.Type)
            {
                case "L" when !e.ChildTypes.Contains("LI"):
                    report(at, $"a list on page {e.Page} ('{e.Text}') has no list items in the PDF's tags");
                    break;
                case "LI" when e.ParentType != "L":
                    report(at, $"a list item on page {e.Page} ('{e.Text}') is not inside a list in the PDF's tags");
                    break;
                case "Table" when !Descendants(pdf, i).Any(d => d.Type == "TH"):
                    report(at, $"the table on page {e.Page} ('{e.Text}') has no header cells in the PDF's tags; give it a header row");
                    break;
                case "Note" when e.ParentType is null or "Document" or "Part" or "Sect":
                    report(at, $"a note on page {e.Page} ('{e.Text}') is tagged apart from the text that cites it; a screen reader must reach it at its call");
                    break;
                case "Figure" when string.IsNullOrWhiteSpace(e.Alt):
                    report(at, $"a figure on page {e.Page}{(e.Text.Length > 0 ? $" ('{e.Text}')" : string.Empty)} has no alternative text: give an <img> its alt (or aria-hidden=\"true\" when it is decoration), a chart mark its aria-label");
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
