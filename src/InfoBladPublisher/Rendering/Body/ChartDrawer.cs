using InfoBladPublisher.Charts;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Markdown.Figures;
using Markdig.Syntax;

namespace InfoBladPublisher.Rendering.Body;

/// <summary>Draws the checked charts of a body once, for print and web alike; the model stage only stated them.</summary>
internal static class ChartDrawer
{
    /// <returns>False when a chart could not be drawn (reported at its <c>::grafiek</c>).</returns>
    public static bool Draw(ParsedBody body, string bodyFile, ChartEngine charts, DiagnosticBag diagnostics)
    {
        var drawn = true;
        foreach (var block in body.Syntax.Descendants<DataBlock>().Where(b => b.Chart is not null && b.Svg is null))
        {
            var chart = block.Chart!;
            try
            {
                block.Svg = charts.Render(chart.Data, chart.Kind);
                block.Series = chart.Columns.Select((c, i) => (c, charts.ColourOf(i))).ToList();
            }
            catch (InvalidOperationException ex)
            {
                // A drawing the finisher cannot label would publish an inaccessible chart: refuse it, with a position.
                diagnostics.Report(DiagnosticCodes.RenderFailed, new SourcePosition(bodyFile, block.Line + 1, block.Column + 1), $"de grafiek van dataset '{block.DatasetId}' kon niet worden getekend: {ex.Message}", $"the chart of dataset '{block.DatasetId}' could not be drawn: {ex.Message}");
                drawn = false;
            }
        }

        return drawn;
    }
}
