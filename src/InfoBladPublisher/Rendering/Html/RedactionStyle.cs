namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// What the product adds to a page with Woo markings, whatever the template: the bar's look, and in the internal
/// build the highlight and "INTERN" on every PDF page and at the top of the web page. Last in the head, so a
/// template cannot take it away by accident.
/// </summary>
internal static class RedactionStyle
{
    public const string InternStamp = "INTERN · niet openbaar";

    private const string Bars = """
        .gelakt { display: inline-block; min-width: 6em; padding: 0 0.5em; background: #000; color: #fff; font-weight: 700; text-align: center; text-decoration: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .gelakt-blok { display: block; width: 100%; box-sizing: border-box; padding: 0.3em 0.5em; }
        """;

    private const string Highlights = """
        mark.lak { background: #fff1a6; color: inherit; outline: 1px dashed #b00020; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .lak-grond { background: #b00020; color: #fff; font-size: 0.8em; font-weight: 700; padding: 0 0.3em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .lak-blok-begin, .lak-blok-eind { display: block; border-top: 2px dashed #b00020; color: #b00020; font-weight: 700; font-size: 0.85em; }
        .intern-stempel { margin: 0; padding: 0.5em 1em; background: #b00020; color: #fff; font-weight: 700; text-align: center; }
        .intern-stempel p { margin: 0; }
        """;

    public static string Apply(string html, bool intern, bool hasMarkings)
    {
        if (!intern && !hasMarkings)
        {
            return html;
        }

        var css = Bars + (intern ? Highlights : string.Empty);
        if (!PageInsert.HasHead(html))
        {
            return html; // the page finisher refuses a page without a head
        }

        html = PageInsert.Style(html, css);
        if (intern)
        {
            html = PageInsert.AtTop(html, $"<section class=\"intern-stempel\" aria-label=\"Interne versie\"><p>{InternStamp}</p></section>");
        }

        return html;
    }

}
