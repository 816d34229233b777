using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Templates;

/// <summary>
/// The print layouts write no colour and no size of the house style themselves: those come from tokens.css
/// (through print/tokens.typ), so a copy that would drift from the web page cannot come back.
/// </summary>
public sealed partial class PrintLayoutLiteralsTests
{
    /// <summary>
    /// Lengths that equal a token's value by coincidence, where they mean something else: (file, the code around
    /// the length). A new length equal to a token should use the token instead, or be added here with its reason.
    /// </summary>
    private static readonly (string File, string Code)[] Coincidences =
    [
        ("tekst.typ", "below: 2mm"), ("tekst.typ", "above: 2mm"), ("tekst.typ", "h(2mm)"), ("tekst.typ", "inset: 2mm"), // spacing, not the woordmerk's gap
        ("tekst.typ", "width: 22mm"), // a Woo bar's width, not the bottom margin
        ("kamerbrief.typ", "below: 2mm"), ("kamerbrief.typ", "columns: (22mm"), // the retouradres's gap; the Datum/Betreft label column
        ("kamerbrief.typ", "height: 40mm"), // the address block, not the colofon column
        ("informatieblad.typ", "boven - 10mm"), // the running title above the text, not the column gap
        ("huisstijl.typ", "length: 30mm"), // the footnote separator, not the top margin
    ];

    private static readonly string[] LengthTables = ["maat", "corps"];

    private static IEnumerable<(string File, int Line, string Text)> Lines() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Templates, "print"), "*.typ").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Select((text, i) => (Path.GetFileName(f), i + 1, Comment().Replace(text, string.Empty))));

    [Fact]
    public void No_print_layout_Should_write_a_colour()
    {
        var found = Lines().Where(l => HexColour().IsMatch(l.Text) || ColourOfLiteral().IsMatch(l.Text)).Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}");

        Assert.Empty(found);
    }

    [Fact]
    public void No_print_layout_Should_write_a_length_of_the_tokens()
    {
        var bag = new DiagnosticBag();
        var tokens = HouseTokens.Read(StyleTokens.Parse(File.ReadAllText(Path.Combine(RepoPaths.Templates, "assets", "css", "tokens.css")), "tokens.css"), bag);
        Assert.NotNull(tokens);
        var json = JsonDocument.Parse(tokens.PrintJson).RootElement;
        var values = LengthTables.SelectMany(t => json.GetProperty(t).EnumerateObject().Select(p => p.Value.GetDouble())).ToList();

        var found = Lines()
            .SelectMany(l => Length().Matches(l.Text).Select(m => (l.File, l.Line, l.Text, Literal: m.Value, Pt: ToPt(m))))
            .Where(x => values.Any(v => Math.Abs(v - x.Pt) < 1e-6))
            .Where(x => !Coincidences.Any(c => c.File == x.File && c.Code.Contains(x.Literal, StringComparison.Ordinal) && x.Text.Contains(c.Code, StringComparison.Ordinal)))
            .Select(x => $"{x.File}:{x.Line}: {x.Literal} is the value of a token; use it from tokens.typ");

        Assert.Empty(found);
    }

    [Fact]
    public void Only_tokens_typ_Should_define_the_house_styles_tables()
    {
        var found = Lines().Where(l => l.File != "tokens.typ" && StyleTable().IsMatch(l.Text)).Select(l => $"{l.File}:{l.Line}");

        Assert.Empty(found);
    }

    private static double ToPt(Match m)
    {
        var n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        return m.Groups["unit"].Value switch { "mm" => n * 72 / 25.4, "cm" => n * 720 / 25.4, "in" => n * 72, _ => n };
    }

    [GeneratedRegex(@"//.*$")]
    private static partial Regex Comment();

    // Typst takes a hex colour only as a string.
    [GeneratedRegex(@"""#[0-9a-fA-F]{3,8}""")]
    private static partial Regex HexColour();

    // A colour made from numbers or a string written in the layout; rgb(l.kleur) from the data is fine.
    [GeneratedRegex(@"\b(?:rgb|luma|cmyk|oklab|oklch|color\.\w+)\(\s*[""\d]")]
    private static partial Regex ColourOfLiteral();

    [GeneratedRegex(@"(?<![\w.])(?<n>\d+(?:\.\d+)?)(?<unit>mm|cm|in|pt)\b")]
    private static partial Regex Length();

    [GeneratedRegex(@"#?let\s+(?:kleur|maat|corps|lintblauw|lijnkleur)\s*=")]
    private static partial Regex StyleTable();
}
