using System.Text.RegularExpressions;

namespace InfoBladPublisher.Common;

/// <summary>
/// The YAML reader's (YamlDotNet's) messages an editor meets most, in Dutch: a syntax error is the first thing a
/// new editor makes. A message not in the list is shown as the reader wrote it, quoted, so it reads as its words.
/// </summary>
internal static partial class YamlErrorsInDutch
{
    private static readonly (Regex English, string Dutch)[] Known =
    [
        (DuplicateKey(), "de sleutel '$1' staat er twee keer"),
        (new Regex("invalid tab as indentation", RegexOptions.CultureInvariant), "een tab springt in; gebruik spaties"),
        (new Regex("did not find expected ',' or ']'", RegexOptions.CultureInvariant), "een lijst tussen [ en ] is niet gesloten: ',' of ']' ontbreekt"),
        (new Regex("did not find expected ',' or '}'", RegexOptions.CultureInvariant), "een mapping tussen { en } is niet gesloten: ',' of '}' ontbreekt"),
        (new Regex("multi-line double-quoted scalar, found wrong indentation", RegexOptions.CultureInvariant), "een tekst tussen aanhalingstekens loopt door op een volgende regel: het sluitende \" ontbreekt, of de regel springt verkeerd in"),
        (new Regex("quoted scalar, found unexpected end of stream", RegexOptions.CultureInvariant), "het sluitende aanhalingsteken ontbreekt"),
        (new Regex("block mapping, did not find expected key", RegexOptions.CultureInvariant), "hier verwachtte de YAML een sleutel: springt een regel verkeerd in, of staat er tekst na een waarde tussen aanhalingstekens?"),
        (new Regex("mapping values are not allowed in this context", RegexOptions.CultureInvariant), "een tweede ':' op de regel; zet de waarde tussen aanhalingstekens"),
        (new Regex("did not find expected key", RegexOptions.CultureInvariant), "hier verwachtte de YAML een sleutel"),
        (new Regex("did not find expected <document start>", RegexOptions.CultureInvariant), "het bestand begint niet met een sleutel"),
        (new Regex("found character that cannot start any token", RegexOptions.CultureInvariant), "een teken waarmee geen waarde kan beginnen (zoals @ of `); zet de waarde tussen aanhalingstekens"),
        (new Regex("did not find expected alphabetic or numeric character", RegexOptions.CultureInvariant), "na & of * moet een naam volgen; zet de waarde tussen aanhalingstekens"),
        (new Regex("found undefined alias|Alias .* cannot precede anchor declaration|anchor .* not found", RegexOptions.CultureInvariant), "een verwijzing met * naar een anker (&) dat niet bestaat; zet de waarde tussen aanhalingstekens"),
    ];

    /// <summary>The Dutch for the reader's message; its own words, quoted, when it is not among the known ones.</summary>
    public static string Of(string english)
    {
        foreach (var (pattern, dutch) in Known)
        {
            var match = pattern.Match(english);
            if (match.Success)
            {
                return match.Result(dutch);
            }
        }

        return $"de YAML-lezer meldt \"{english}\"";
    }

    [GeneratedRegex("^duplicate key (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateKey();
}
