using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using InfoBladPublisher.Redaction;

namespace InfoBladPublisher.Markdown.Redaction;

/// <summary>
/// The HTML of a withheld passage. The public bar is the same width whatever it replaces (the length of a name
/// can give the name away), carries the ground as its only text, and says what it is to a screen reader.
/// </summary>
internal static class RedactionHtml
{
    public const string BarClass = "gelakt";

    public static string Of(RedactionTokenKind kind, WooGround? ground) => kind switch
    {
        RedactionTokenKind.Bar => Bar(ground!, block: false),
        RedactionTokenKind.BlockBar => Bar(ground!, block: true),
        RedactionTokenKind.InternStart =>
            $"<mark class=\"lak\" title=\"Gelakt in de publieke versie: {Escape(ground!.Code)}, {Escape(ground.Label)}\"><span class=\"lak-grond\">{Escape(ground.Code)}</span> ",
        RedactionTokenKind.InternEnd => "</mark>",
        RedactionTokenKind.InternBlockStart =>
            $"<span class=\"lak-blok-begin\">Begin van een deel dat in de publieke versie gelakt is: {Escape(ground!.Code)}, {Escape(ground.Label)}</span>",
        RedactionTokenKind.InternBlockEnd => $"<span class=\"lak-blok-eind\">Einde van het gelakte deel ({Escape(ground!.Code)})</span>",
        _ => string.Empty,
    };

    /// <summary>A metadata value as HTML: escaped text, with its marks as bars or highlights; null when it has none.</summary>
    public static string? OfValue(string value)
    {
        if (!WooMarkSyntax.ValueToken().IsMatch(value))
        {
            return null;
        }

        var html = new StringBuilder();
        var at = 0;
        foreach (Match token in WooMarkSyntax.ValueToken().Matches(value))
        {
            html.Append(Escape(value[at..token.Index]));
            var ground = token.Groups["ground"].Success ? WooGround.Find(token.Groups["ground"].Value) : null;
            html.Append(token.Groups["close"].Success ? Of(RedactionTokenKind.InternEnd, null)
                : token.Groups["name"].Value == RedactionMarks.Bar ? Of(RedactionTokenKind.Bar, ground)
                : Of(RedactionTokenKind.InternStart, ground));
            at = token.Index + token.Length;
        }

        return html.Append(Escape(value[at..])).ToString();
    }

    /// <summary>A metadata value in pieces: plain text (kind null), and each mark's token with its ground.</summary>
    public static IEnumerable<(string Text, RedactionTokenKind? Kind, WooGround? Ground)> Split(string value)
    {
        var at = 0;
        foreach (Match token in WooMarkSyntax.ValueToken().Matches(value))
        {
            if (token.Index > at)
            {
                yield return (value[at..token.Index], null, null);
            }

            var ground = token.Groups["ground"].Success ? WooGround.Find(token.Groups["ground"].Value) : null;
            yield return (string.Empty, token.Groups["close"].Success ? RedactionTokenKind.InternEnd
                : token.Groups["name"].Value == RedactionMarks.Bar ? RedactionTokenKind.Bar : RedactionTokenKind.InternStart, ground);
            at = token.Index + token.Length;
        }

        if (at < value.Length)
        {
            yield return (value[at..], null, null);
        }
    }

    private static string Bar(WooGround ground, bool block) =>
        $"<span class=\"{BarClass}{(block ? " gelakt-blok" : string.Empty)}\" role=\"img\" aria-label=\"{Escape(ground.Alternative)}\">{Escape(ground.Code)}</span>";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
