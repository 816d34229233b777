using System.Text;
using System.Text.RegularExpressions;

namespace InfoBladPublisher.Redaction;

/// <summary>
/// Woo markings written with characters that Markdown or HTML decode later: <c>&amp;#123;lak 5.1.2e&amp;#125;</c>,
/// <c>&amp;lbrace;…</c>, <c>&amp;#x6C;ak</c>, <c>\{lak…\}</c>. Marks are read before anything decodes the text,
/// so such a mark would not withhold its passage, and the decoded output would print it, passage and all.
/// </summary>
internal static partial class EncodedMarks
{
    /// <summary>Where a marking appears only once references and escapes are decoded: the offset of its first character in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Offset, string Decoded)> Find(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal) && !text.Contains('\\', StringComparison.Ordinal))
        {
            yield break;
        }

        // The decoded text, with the offset in the original of each of its characters.
        var decoded = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        var encoded = new List<bool>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '&' && Reference().Match(text, i) is { Success: true } reference && Decode(reference.Value) is { Length: > 0 } value)
            {
                foreach (var c in value)
                {
                    decoded.Append(c);
                    origin.Add(i);
                    encoded.Add(true);
                }

                i += reference.Length;
                continue;
            }

            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] > ' ' && text[i + 1] < 127)
            {
                decoded.Append(text[i + 1]);
                origin.Add(i);
                encoded.Add(true);
                i += 2;
                continue;
            }

            decoded.Append(text[i]);
            origin.Add(i);
            encoded.Add(false);
            i++;
        }

        var plain = decoded.ToString();
        foreach (var match in WooMarkSyntax.MarksAndNearMisses(plain))
        {
            if (Enumerable.Range(match.Index, match.Length).Any(k => encoded[k]))
            {
                yield return (origin[match.Index], match.Value);
            }
        }
    }

    private static string? Decode(string reference)
    {
        if (reference[1] == '#')
        {
            var hex = reference[2] is 'x' or 'X';
            var digits = reference[(hex ? 3 : 2)..^1];
            return int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;
        }

        return Markdig.Helpers.EntityHelper.DecodeEntity(reference.AsSpan(1, reference.Length - 2));
    }

    [GeneratedRegex(@"\G&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
