using System.Xml;
using InfoBladPublisher.Common;

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
    public static IReadOnlyList<(int Line, int Column, string Message)> Problems(string text, string what = "logo")
    {
        var problems = new List<(int, int, string)>();
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
                        problems.Add((at.LineNumber, at.LinePosition, $"processing instruction <?{reader.Name}?> is not allowed in a {what}"));
                        break;
                    case XmlNodeType.Element:
                        if (!sawRoot && (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace))
                        {
                            return [(0, 0, $"the {what} is not an SVG image: its root element must be <svg xmlns=\"http://www.w3.org/2000/svg\">")];
                        }

                        sawRoot = true;
                        CheckElement(reader, at, problems, what);
                        inStyle = reader.LocalName == "style" && !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle:
                        CheckStyle(reader.Value, "<style>", at, problems, what);
                        break;
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                }
            }

            return sawRoot ? problems : [(0, 0, $"the {what} is not an SVG image: it has no root element")];
        }
        catch (XmlException ex)
        {
            return [(0, 0, $"the {what} is not well-formed SVG: {ex.Message}")];
        }
    }

    private static void CheckElement(XmlReader reader, (int Line, int Column) at, List<(int, int, string)> problems, string what)
    {
        // Editors' namespaces (Inkscape, Sodipodi, RDF) hold no drawing and do nothing in a browser.
        if (reader.NamespaceURI == SvgNamespace && !Allowed.Contains(reader.LocalName))
        {
            problems.Add((at.Line, at.Column, $"<{reader.LocalName}> is not allowed in a {what}; allowed are drawing elements ({string.Join(", ", Allowed.Order(StringComparer.Ordinal))})"));
        }
        else if (reader.NamespaceURI == "http://www.w3.org/1999/xhtml")
        {
            problems.Add((at.Line, at.Column, $"HTML element <{reader.LocalName}> is not allowed in a {what}"));
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
                problems.Add((at.Line, at.Column, $"event handler '{reader.Name}' is not allowed in a {what}"));
            }
            else if (name == "href" && !value.TrimStart().StartsWith('#'))
            {
                problems.Add((at.Line, at.Column, $"'{reader.Name}=\"{Snippet.Of(value)}\"' points outside the {what}; only '#id' references are allowed"));
            }
            else if (name == "style" || value.Contains("url(", StringComparison.OrdinalIgnoreCase))
            {
                CheckStyle(value, $"attribute '{reader.Name}'", at, problems, what);
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    private static void CheckStyle(string css, string where, (int Line, int Column) at, List<(int, int, string)> problems, string what)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add((at.Line, at.Column, $"@import in {where} is not allowed in a {what}"));
        }

        foreach (System.Text.RegularExpressions.Match url in System.Text.RegularExpressions.Regex.Matches(css, @"url\(\s*['""]?\s*([^'"")\s]*)", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            if (!url.Groups[1].Value.StartsWith('#'))
            {
                problems.Add((at.Line, at.Column, $"url({Snippet.Of(url.Groups[1].Value)}) in {where} points outside the {what}; only url(#id) is allowed"));
            }
        }
    }
}
