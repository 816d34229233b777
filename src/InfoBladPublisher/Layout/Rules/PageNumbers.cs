using System.Globalization;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>"Pagina N van M" (the tokens' wording) on every page, where M is the real page count.</summary>
internal sealed class PageNumbers : ILayoutRule
{
    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        // What the wording says before the number ("Pagina"), to name a wrong page number the page does print.
        var lead = context.PageNumber.Split('{')[0].Trim();
        foreach (var page in facts.Pages)
        {
            var expected = context.PageNumber
                .Replace("{n}", page.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{m}", facts.Pages.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            if (!page.Margins.Any(m => m.Text == expected))
            {
                var found = lead.Length == 0 ? null : page.Margins.FirstOrDefault(m => m.Text.StartsWith(lead, StringComparison.Ordinal))?.Text;
                diagnostics.Report(DiagnosticCodes.PageNumberMissing, context.MetadataPosition,
                    $"pagina {page.Number} toont niet '{expected}'" + (found is null ? " (helemaal geen paginanummer); de @page-regel van de opmaak moet het afdrukken" : $" maar '{found}'"),
                    $"page {page.Number} does not say '{expected}'" + (found is null ? " (no page number at all); the layout's @page rule must print it" : $" but '{found}'"));
            }
        }
    }
}
