using System.Globalization;
using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Templates;

/// <summary>
/// The custom properties of <c>tokens.css</c> (<c>--ib-…</c>), each with where its value is written, read as
/// values the build can use: a colour, a length, a count, a text. A token that is missing or cannot be read is
/// reported at tokens.css (IBP044, IBP048), never thrown.
/// </summary>
internal sealed partial class StyleTokens
{
    private const string Prefix = "--ib-";

    // Far beyond any sheet; a number too long for a double would otherwise reach Typst as infinity.
    private const double MaxLengthPt = 10_000;

    private readonly Dictionary<string, (string Value, SourcePosition At)> _declared;
    private readonly SourcePosition _file;

    private StyleTokens(Dictionary<string, (string Value, SourcePosition At)> declared, SourcePosition file)
    {
        _declared = declared;
        _file = file;
    }

    /// <param name="display">The file as diagnostics show it.</param>
    public static StyleTokens Parse(string css, string display)
    {
        // Comments blanked, not removed, so every position still points into the file as written.
        var text = Comment().Replace(css, m => new string([.. m.Value.Select(c => c == '\n' ? c : ' ')]));
        var declared = new Dictionary<string, (string, SourcePosition)>(StringComparer.Ordinal);
        var (line, lineStart, counted) = (1, 0, 0);
        foreach (Match m in Declaration().Matches(text))
        {
            var value = m.Groups["value"];
            var index = value.Index + (value.Value.Length - value.Value.TrimStart().Length);
            // Lines counted on from the last declaration: one pass over the file, however many it holds.
            for (; counted < index; counted++)
            {
                if (text[counted] == '\n')
                {
                    (line, lineStart) = (line + 1, counted + 1);
                }
            }

            // Later declarations win, as in CSS.
            declared[m.Groups["name"].Value] = (value.Value.Trim(), new SourcePosition(display, line, index - lineStart + 1));
        }

        return new StyleTokens(declared, SourcePosition.StartOf(display));
    }

    /// <returns>The colour as <c>#rrggbb</c> in lower case.</returns>
    public string? Colour(string name, DiagnosticBag diagnostics) =>
        Read(name, new Wording("een kleur zoals #154273", "a colour such as #154273"), v => HexColour().IsMatch(v) ? Expand(v.ToLowerInvariant()) : null, diagnostics);

    /// <summary>Colours numbered from 1 (<c>grafiek-1</c>, <c>grafiek-2</c>, …) up to the first number not defined.</summary>
    /// <returns>Empty when there is no first one; null when one cannot be read (reported).</returns>
    public IReadOnlyList<string>? ColourSeries(string name, DiagnosticBag diagnostics)
    {
        var colours = new List<string>();
        for (var n = 1; _declared.ContainsKey(name + "-" + n.ToString(CultureInfo.InvariantCulture)); n++)
        {
            if (Colour(name + "-" + n.ToString(CultureInfo.InvariantCulture), diagnostics) is not { } colour)
            {
                return null;
            }

            colours.Add(colour);
        }

        return colours;
    }

    /// <returns>The length in points; mm, cm, in and pt are read.</returns>
    public double? LengthPt(string name, DiagnosticBag diagnostics) =>
        Read<double?>(name, new Wording("een lengte zoals 23mm of 9pt", "a length such as 23mm or 9pt"), ToPoints, diagnostics);

    public int? Count(string name, DiagnosticBag diagnostics) =>
        Read<int?>(name, new Wording("een heel getal zoals 6", "a whole number such as 6"), v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null, diagnostics);

    /// <summary>A quoted CSS string without escapes; <paramref name="holes"/> must each occur in it.</summary>
    public string? Text(string name, IReadOnlyList<string> holes, DiagnosticBag diagnostics) =>
        Read(name, new Wording($"een tekst tussen aanhalingstekens met {string.Join(" en ", holes)}", $"a quoted text holding {string.Join(" and ", holes)}"), v =>
            v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0] && !v.Contains('\\', StringComparison.Ordinal)
            && holes.All(h => v.Contains(h, StringComparison.Ordinal)) ? v[1..^1] : null, diagnostics);

    private static double MmToPt(double mm) => mm * 72 / 25.4;

    private T? Read<T>(string name, Wording expected, Func<string, T?> parse, DiagnosticBag diagnostics)
    {
        if (!_declared.TryGetValue(name, out var token))
        {
            diagnostics.Report(DiagnosticCodes.MissingToken, _file,
                $"'{Prefix}{name}' is niet gedefinieerd; de huisstijl heeft deze nodig: schrijf {Prefix}{name}: <{expected.Nl}>; in :root",
                $"'{Prefix}{name}' is not defined; the house style needs it: write {Prefix}{name}: <{expected.En}>; in :root");
            return default;
        }

        var value = parse(token.Value);
        if (value is null)
        {
            diagnostics.Report(DiagnosticCodes.BadToken, token.At,
                $"'{Prefix}{name}: {Common.Snippet.Of(token.Value)}' is niet te lezen; schrijf {expected.Nl}",
                $"'{Prefix}{name}: {Common.Snippet.Of(token.Value)}' cannot be read; write {expected.En}");
        }

        return value;
    }

    private static double? ToPoints(string value)
    {
        var m = LengthValue().Match(value);
        if (!m.Success || !double.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        var pt = m.Groups["unit"].Value switch
        {
            "pt" => n,
            "mm" => MmToPt(n),
            "cm" => MmToPt(n * 10),
            _ => n * 72,
        };

        return pt <= MaxLengthPt ? pt : null;
    }

    private static string Expand(string hex) => hex.Length == 4 ? string.Concat("#", hex[1], hex[1], hex[2], hex[2], hex[3], hex[3]) : hex;

    // As in CSS, a comment left open runs to the end of the file (and is read once, however many "/*" it holds).
    [GeneratedRegex(@"/\*(?:[^*]|\*(?!/))*(?:\*/|$)")]
    private static partial Regex Comment();

    // A value runs to ; or } outside a quoted string (the page number's wording holds braces).
    [GeneratedRegex(@"--ib-(?<name>[a-z0-9-]+)\s*:(?<value>(?:""[^""\n]*""|'[^'\n]*'|[^;}""'])*)")]
    private static partial Regex Declaration();

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();

    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?)(?<unit>mm|cm|in|pt)$")]
    private static partial Regex LengthValue();
}
