using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>No heading is the last line of a page: it belongs with the text it introduces.</summary>
internal sealed class HeadingKeptWithNext : ILayoutRule
{
    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        foreach (var (page, last) in facts.HeadingsLastOnPage())
        {
            diagnostics.Report(DiagnosticCodes.HeadingAtPageEnd, context.PositionOf(last.Src),
                $"de kop '{last.Text}' is de laatste regel van pagina {page.Number}; de tekst eronder begint op pagina {page.Number + 1}",
                $"the heading '{last.Text}' is the last line of page {page.Number}; its text starts on page {page.Number + 1}");
        }
    }
}
