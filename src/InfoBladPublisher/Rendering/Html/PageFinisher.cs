using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// The last checks on a page a template produced: it is whole (it ends, and holds the text it was given, so a
/// limit or a filter cannot cut it silently), it loads and runs nothing, and a web page gets its policy.
/// </summary>
internal static class PageFinisher
{
    /// <param name="required">The rendered text and notes the layout had to place (none for the index).</param>
    /// <param name="linked">For a page of the site: the shared assets it was given, all it may load besides what it embeds; it then gets the site's policy.</param>
    /// <returns>The page, or null when it is refused (each problem reported at the layout).</returns>
    public static string? Finish(string html, IReadOnlyList<string> required, SourcePosition layout, DiagnosticBag diagnostics, IReadOnlySet<string>? linked = null)
    {
        if (!html.TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticCodes.PageIncomplete, layout, "de webpagina eindigt niet met </html>: de opmaak is te vroeg gestopt of de uitvoer is afgekapt", $"the web page does not end with </html>: the layout stopped early or its output was cut off");
            return null;
        }

        if (required.FirstOrDefault(part => !html.Contains(part, StringComparison.Ordinal)) is { } missing)
        {
            var whole = ReferenceEquals(missing, required[0]);
            var what = whole ? "the whole text of the document: place {{ body }}" : "every note: place each {{ voetnoot.html }} of voetnoten";
            var whatNl = whole ? "de hele tekst van het document: plaats {{ body }}" : "elke voetnoot: plaats elke {{ voetnoot.html }} van voetnoten";
            diagnostics.Report(DiagnosticCodes.PageIncomplete, layout, $"de webpagina bevat niet ongewijzigd {whatNl} in de opmaak", $"the web page does not hold {what} unchanged in the layout");
            return null;
        }

        var problems = linked is null ? PageReferences.Find(html, embeddedOnly: true) : PageReferences.FindOnSitePage(html, linked);
        foreach (var problem in problems.DistinctBy(p => p.En, StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.BlockedRequest, layout, $"{problem.Nl} (de webpagina)", $"{problem.En} (the web page)");
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var withPolicy = ContentSecurityPolicy.Insert(html, linked is null ? ContentSecurityPolicy.Policy : ContentSecurityPolicy.SitePolicy);
        if (withPolicy is null)
        {
            diagnostics.Report(DiagnosticCodes.PageIncomplete, layout, "de webpagina heeft geen <head>, dus die kan geen Content-Security-Policy bevatten", "the web page has no <head>, so it cannot carry its Content-Security-Policy");
        }

        return withPolicy;
    }

}
