using System.Xml;
using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Content;

/// <summary>
/// Checks an SVG against an allow-list: drawing elements only, no script, no event handlers, no links or
/// styles that reach outside the file. A refused logo is reported where the problem is, not cleaned silently.
/// </summary>
internal static class SvgCheck
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "path", "rect", "circle", "ellipse", "line",
        "polyline", "polygon", "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "style",
    };

    /// <returns>(line, column, message) per problem; line 0 when the file is not SVG at all.</returns>
    /// <param name="what">What the file is for (a logo when not given), for the messages.</param>
    public static IReadOnlyList<(int Line, int Column, Wording Message)> Problems(string text, ImageKind? what = null)
    {
        what ??= ImageKind.Logo;
        var problems = new List<(int, int, Wording)>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = Limits.ImageFileBytes * 2 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var info = (IXmlLineInfo)reader;
            var sawRoot = false;
            var inStyle = false;
            while (reader.Read())
            {
                var at = (info.LineNumber, info.LinePosition);
                switch (reader.NodeType)
                {
                    case XmlNodeType.ProcessingInstruction:
                        problems.Add((at.LineNumber, at.LinePosition, new Wording(
                            $"verwerkingsinstructie <?{reader.Name}?> is niet toegestaan in een {what.Name.Nl}",
                            $"processing instruction <?{reader.Name}?> is not allowed in a {what.Name.En}")));
                        break;
                    case XmlNodeType.Element:
                        if (!sawRoot && (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace))
                        {
                            return [(0, 0, new Wording(
                                $"{what.NlThe} is geen SVG-afbeelding: het hoofdelement moet <svg xmlns=\"http://www.w3.org/2000/svg\"> zijn",
                                $"the {what.Name.En} is not an SVG image: its root element must be <svg xmlns=\"http://www.w3.org/2000/svg\">"))];
                        }

                        sawRoot = true;
                        CheckElement(reader, at, problems, what);
                        inStyle = reader.LocalName == "style" && !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle:
                        CheckStyle(reader.Value, new Wording("<style>", "<style>"), at, problems, what);
                        break;
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                }
            }

            return sawRoot ? problems : [(0, 0, new Wording($"{what.NlThe} is geen SVG-afbeelding: er is geen hoofdelement", $"the {what.Name.En} is not an SVG image: it has no root element"))];
        }
        catch (XmlException ex)
        {
            // A DOCTYPE is how an entity attack (XXE) begins; the XML reader refuses it, in words meant for programmers.
            var nl = ex.Message.Contains("DTD is prohibited", StringComparison.Ordinal)
                ? $"{what.NlThe} is geen geldige SVG: een DOCTYPE (DTD) is niet toegestaan; verwijder de regel <!DOCTYPE …>"
                : $"{what.NlThe} is geen geldige SVG; de XML-lezer meldt \"{ex.Message}\"";
            return [(0, 0, new Wording(nl, $"the {what.Name.En} is not well-formed SVG: {ex.Message}"))];
        }
    }

    private static void CheckElement(XmlReader reader, (int Line, int Column) at, List<(int, int, Wording)> problems, ImageKind what)
    {
        // Editors' namespaces (Inkscape, Sodipodi, RDF) hold no drawing and do nothing in a browser.
        if (reader.NamespaceURI == SvgNamespace && !Allowed.Contains(reader.LocalName))
        {
            var allowed = string.Join(", ", Allowed.Order(StringComparer.Ordinal));
            var allowedNl = string.Join(", ", Allowed.Order(StringComparer.Ordinal).Select(e => $"<{e}>"));
            problems.Add((at.Line, at.Column, new Wording(
                $"<{reader.LocalName}> is niet toegestaan in een {what.Name.Nl}; toegestaan zijn tekenelementen ({allowedNl})",
                $"<{reader.LocalName}> is not allowed in a {what.Name.En}; allowed are drawing elements ({allowed})")));
        }
        else if (reader.NamespaceURI == "http://www.w3.org/1999/xhtml")
        {
            problems.Add((at.Line, at.Column, new Wording(
                $"HTML-element <{reader.LocalName}> is niet toegestaan in een {what.Name.Nl}",
                $"HTML element <{reader.LocalName}> is not allowed in a {what.Name.En}")));
        }

        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            var name = reader.LocalName;
            var value = reader.Value;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add((at.Line, at.Column, new Wording(
                    $"event handler '{reader.Name}' is niet toegestaan in een {what.Name.Nl}",
                    $"event handler '{reader.Name}' is not allowed in a {what.Name.En}")));
            }
            else if (name == "href" && !value.TrimStart().StartsWith('#'))
            {
                problems.Add((at.Line, at.Column, new Wording(
                    $"'{reader.Name}=\"{Snippet.Of(value)}\"' verwijst naar iets buiten {what.NlThe}; alleen verwijzingen '#id' zijn toegestaan",
                    $"'{reader.Name}=\"{Snippet.Of(value)}\"' points outside the {what.Name.En}; only '#id' references are allowed")));
            }
            else if (name == "style" || value.Contains("url(", StringComparison.OrdinalIgnoreCase))
            {
                CheckStyle(value, new Wording($"attribuut '{reader.Name}'", $"attribute '{reader.Name}'"), at, problems, what);
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    private static void CheckStyle(string css, Wording where, (int Line, int Column) at, List<(int, int, Wording)> problems, ImageKind what)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add((at.Line, at.Column, new Wording(
                $"@import in {where.Nl} is niet toegestaan in een {what.Name.Nl}",
                $"@import in {where.En} is not allowed in a {what.Name.En}")));
        }

        foreach (System.Text.RegularExpressions.Match url in System.Text.RegularExpressions.Regex.Matches(css, @"url\(\s*['""]?\s*([^'"")\s]*)", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            if (!url.Groups[1].Value.StartsWith('#'))
            {
                problems.Add((at.Line, at.Column, new Wording(
                    $"url({Snippet.Of(url.Groups[1].Value)}) in {where.Nl} verwijst naar iets buiten {what.NlThe}; alleen url(#id) is toegestaan",
                    $"url({Snippet.Of(url.Groups[1].Value)}) in {where.En} points outside the {what.Name.En}; only url(#id) is allowed")));
            }
        }
    }
}
