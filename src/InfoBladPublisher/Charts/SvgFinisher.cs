using System.Globalization;
using System.Xml.Linq;

namespace InfoBladPublisher.Charts;

/// <summary>
/// Turns ScottPlot's SVG into a figure fit to publish: ids unique per chart and the same on every run,
/// scalable (viewBox), a title and description, and every data mark labelled with its category, series and value.
/// </summary>
internal static class SvgFinisher
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Finish(string svg, ChartData data, ChartKind kind)
    {
        var doc = XDocument.Parse(svg);
        var root = doc.Root ?? throw new InvalidOperationException("ScottPlot returned an empty SVG");

        RenumberClipPaths(root, data.Id);
        LabelMarks(root, data, kind.DrawsZeroValues);

        var width = root.Attribute("width")?.Value ?? ChartEngine.Width.ToString(CultureInfo.InvariantCulture);
        var height = root.Attribute("height")?.Value ?? ChartEngine.Height.ToString(CultureInfo.InvariantCulture);
        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("viewBox", $"0 0 {width} {height}");
        root.SetAttributeValue("class", "grafiek__svg");
        root.SetAttributeValue("role", "group");
        root.SetAttributeValue("aria-labelledby", $"{data.Id}-titel {data.Id}-beschrijving");
        root.AddFirst(
            new XElement(Svg + "title", new XAttribute("id", data.Id + "-titel"), data.Title),
            new XElement(Svg + "desc", new XAttribute("id", data.Id + "-beschrijving"), Describe(data, kind)));

        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>ScottPlot numbers clip paths from a process-wide counter; name them after the chart instead.</summary>
    private static void RenumberClipPaths(XElement root, string prefix)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var clip in root.Descendants(Svg + "clipPath"))
        {
            var id = clip.Attribute("id")!.Value;
            renamed[id] = $"{prefix}-clip-{renamed.Count + 1}";
            clip.SetAttributeValue("id", renamed[id]);
        }

        foreach (var user in root.Descendants().Where(e => e.Attribute("clip-path") is not null))
        {
            var old = user.Attribute("clip-path")!.Value[5..^1];
            user.SetAttributeValue("clip-path", $"url(#{renamed[old]})");
        }
    }

    /// <summary>Marks are the filled bars and markers inside the plot area, drawn series by series, category by category.</summary>
    /// <param name="drawsZero">Lines mark every point; a bar of height zero is not drawn at all.</param>
    private static void LabelMarks(XElement root, ChartData data, bool drawsZero)
    {
        var marks = root.Descendants()
            .Where(e => e.Name == Svg + "rect" || e.Name == Svg + "ellipse")
            .Where(e => e.Parent?.Attribute("clip-path") is not null && e.Attribute("fill")?.Value is { } fill && fill != "none")
            .ToList();
        var expected = data.Series.Sum(s => s.Values.Count(v => drawsZero || v != 0));
        if (marks.Count != expected)
        {
            throw new InvalidOperationException($"chart {data.Id}: found {marks.Count} marks for {expected} data points");
        }

        var i = 0;
        foreach (var series in data.Series)
        {
            for (var c = 0; c < data.Categories.Count; c++)
            {
                if (!drawsZero && series.Values[c] == 0)
                {
                    continue;
                }

                var label = $"{data.Categories[c]}, {series.Name}: {series.Labels[c]} {data.Unit}";
                var mark = marks[i];
                mark.SetAttributeValue("class", "grafiek__punt");
                mark.SetAttributeValue("role", "img");
                mark.SetAttributeValue("aria-label", label);
                mark.SetAttributeValue("data-reeks", series.Name);
                mark.SetAttributeValue("data-categorie", data.Categories[c]);
                mark.SetAttributeValue("data-waarde", series.Values[c].ToString(CultureInfo.InvariantCulture));
                mark.Add(new XElement(Svg + "title", label));
                i++;
            }
        }
    }

    private static string Describe(ChartData data, ChartKind kind)
    {
        var shape = kind.Description;
        var series = data.Series.Select(s => $"{s.Name}: " + string.Join("; ", data.Categories.Select((c, i) => $"{c} {s.Labels[i]}")));
        return $"{shape} in {data.Unit}. " + string.Join(". ", series) + ".";
    }
}
