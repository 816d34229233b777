using System.Globalization;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>"Pagina N van M" on every page, where M is the real page count.</summary>
internal sealed class PageNumbers : ILayoutRule
{
    public void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics)
    {
        foreach (var page in facts.Pages)
        {
            var expected = string.Create(CultureInfo.InvariantCulture, $"Pagina {page.Number} van {facts.Pages.Count}");
            if (!page.Margins.Any(m => m.Text == expected))
            {
                var found = page.Margins.FirstOrDefault(m => m.Text.StartsWith("Pagina", StringComparison.Ordinal))?.Text;
                diagnostics.Report(DiagnosticCodes.PageNumberMissing, context.MetadataPosition,
                    $"page {page.Number} does not say '{expected}'" + (found is null ? " (no page number at all); the layout's @page rule must print it" : $" but '{found}'"));
            }
        }
    }
}
