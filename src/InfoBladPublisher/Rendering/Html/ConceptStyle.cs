using System.Text;
using InfoBladPublisher.Markdown;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>
/// What the product adds to a concept, whatever the template: "CONCEPT" across every PDF page, behind the text,
/// and a banner at the top of the web page; on the index, a line saying the release holds concepts. Last in
/// the head, so a template cannot take it away by accident.
/// </summary>
internal static class ConceptStyle
{
    public const string Banner = "CONCEPT · nog niet vastgesteld: dit document kan nog veranderen";

    /// <summary>"CONCEPT" in Fira Sans Bold as an outline (build/concept-watermark.mjs), on the page's diagonal.</summary>
    private const string Outline = "M34.8-71Q41.3-71 46.4-69.1Q51.4-67.2 55.9-63.4L48.1-54.1Q45-56.5 42-57.7Q39-58.9 35.6-58.9Q28.6-58.9 24.6-53Q20.5-47.1 20.5-34.8Q20.5-22.7 24.6-16.9Q28.6-11 35.8-11Q39.6-11 42.7-12.5Q45.8-13.9 49.4-16.6L56.7-7.2Q52.8-3.3 47.3-0.8Q41.7 1.7 35 1.7Q25.4 1.7 18.3-2.5Q11.2-6.7 7.3-15Q3.3-23.2 3.3-34.8Q3.3-46.1 7.4-54.3Q11.4-62.5 18.6-66.7Q25.7-71 34.8-71M92-71Q106.8-71 115.1-61.5Q123.3-52 123.3-34.7Q123.3-23.4 119.6-15.2Q115.8-7 108.8-2.7Q101.7 1.7 92 1.7Q82.3 1.7 75.3-2.6Q68.3-6.9 64.5-15.1Q60.8-23.2 60.8-34.7Q60.8-45.9 64.5-54.1Q68.3-62.3 75.3-66.7Q82.3-71 92-71M92-59Q84.9-59 81.5-53.2Q78-47.5 78-34.7Q78-21.9 81.5-16.1Q85-10.3 92-10.3Q99.2-10.3 102.7-16.1Q106.1-21.8 106.1-34.7Q106.1-47.6 102.6-53.3Q99.1-59 92-59M186.5-69.3L186.5 0L165.6 0L145.6-53.7Q146.6-45.8 147.2-39.7Q147.7-33.7 147.7-25.4L147.7 0L133.1 0L133.1-69.3L153.5-69.3L174-15.5Q171.8-29.2 171.8-41.3L171.8-69.3L186.5-69.3M227.7-71Q234.2-71 239.3-69.1Q244.3-67.2 248.8-63.4L241-54.1Q237.9-56.5 234.9-57.7Q231.9-58.9 228.5-58.9Q221.5-58.9 217.5-53Q213.4-47.1 213.4-34.8Q213.4-22.7 217.5-16.9Q221.5-11 228.7-11Q232.5-11 235.6-12.5Q238.7-13.9 242.3-16.6L249.6-7.2Q245.7-3.3 240.2-0.8Q234.6 1.7 227.9 1.7Q218.3 1.7 211.2-2.5Q204.1-6.7 200.2-15Q196.2-23.2 196.2-34.8Q196.2-46.1 200.3-54.3Q204.3-62.5 211.5-66.7Q218.6-71 227.7-71M256.9-69.3L299.4-69.3L297.7-57.6L273.3-57.6L273.3-41L294.6-41L294.6-29.5L273.3-29.5L273.3-11.8L299.4-11.8L299.4 0L256.9 0L256.9-69.3M331.9-69.3Q345.6-69.3 353.2-63.6Q360.8-57.9 360.8-46.7Q360.8-35 353.4-29.1Q345.9-23.1 333.4-23.1L325.9-23.1L325.9 0L309.5 0L309.5-69.3L331.9-69.3M332-34.9Q337.8-34.9 340.9-37.6Q343.9-40.4 343.9-46.7Q343.9-57.6 331.7-57.6L325.9-57.6L325.9-34.9L332-34.9M363.9-69.3L416.9-69.3L415.3-56.7L398.2-56.7L398.2 0L381.8 0L381.8-56.7L363.9-56.7";

    private static readonly string Watermark = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"297mm\" viewBox=\"0 0 210 297\">" +
        "<path transform=\"translate(105 148.5) rotate(-54.7) scale(0.532) translate(-210.1 34.65)\" fill=\"#d52b1e\" fill-opacity=\"0.13\" d=\"" + Outline + "\"/></svg>"));

    // A page background, not an element: the engine draws it on every page, the layout gate does not see it as
    // text, and a tagged PDF treats it as an artifact.
    private static readonly string PrintCss = $$"""
        @page { background: url("{{Watermark}}") center / 100% 100% no-repeat; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        """;

    private const string BannerCss = """
        .concept-banier { margin: 0; padding: 0.5em 1em; background: #8a1c12; color: #fff; font-weight: 700; text-align: center; }
        .concept-banier p { margin: 0; }
        """;

    public static string Apply(string html, Medium medium, bool concept) =>
        !concept ? html : medium == Medium.Print ? PageInsert.Style(html, PrintCss) : AtTop(PageInsert.Style(html, BannerCss), Banner);

    /// <summary>The index of a release made with concepts allowed says how many it holds.</summary>
    public static string ApplyToIndex(string html, int concepts) =>
        concepts == 0 ? html : AtTop(PageInsert.Style(html, BannerCss), concepts == 1 ? "Deze release bevat een concept: het is nog niet vastgesteld" : $"Deze release bevat {concepts} concepten: die zijn nog niet vastgesteld");

    // A landmark of its own: all content of a page sits in one, so a screen reader can jump to it (axe: region).
    private static string AtTop(string html, string text) =>
        PageInsert.AtTop(html, $"<section class=\"concept-banier\" aria-label=\"Documentstatus\"><p>{text}</p></section>");

}
