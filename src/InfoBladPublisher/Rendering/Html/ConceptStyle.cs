
namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// What the product adds to a concept's web page, whatever the template: a banner at the top (the PDF's CONCEPT
/// is the print layout's, templates/print/huisstijl.typ); on the index, a line saying the release holds concepts. Last in
/// the head, so a template cannot take it away by accident.
/// </summary>
internal static class ConceptStyle
{
    public const string Banner = "CONCEPT · nog niet vastgesteld: dit document kan nog veranderen";

    /// <summary>The banner's look: inline on a document's web page, in the shared stylesheet on the site's pages.</summary>
    public const string BannerCss = """
        .concept-banier { margin: 0; padding: 0.5em 1em; background: #8a1c12; color: #fff; font-weight: 700; text-align: center; }
        .concept-banier p { margin: 0; }
        """;

    /// <param name="inlineStyle">False for a page of the site, whose policy allows no inline style: the caller puts <see cref="BannerCss"/> in the shared stylesheet.</param>
    public static string Apply(string html, bool concept, bool inlineStyle = true) =>
        !concept ? html : AtTop(Styled(html, inlineStyle), Banner);

    /// <summary>The index of a release made with concepts allowed says how many it holds.</summary>
    public static string ApplyToIndex(string html, int concepts, bool inlineStyle = true) =>
        concepts == 0 ? html : AtTop(Styled(html, inlineStyle), concepts == 1 ? "Deze release bevat een concept: het is nog niet vastgesteld" : $"Deze release bevat {concepts} concepten: die zijn nog niet vastgesteld");

    private static string Styled(string html, bool inlineStyle) => inlineStyle ? PageInsert.Style(html, BannerCss) : html;

    // A landmark of its own: all content of a page sits in one, so a screen reader can jump to it (axe: region).
    private static string AtTop(string html, string text) =>
        PageInsert.AtTop(html, $"<section class=\"concept-banier\" aria-label=\"Documentstatus\"><p>{text}</p></section>");

}
