using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Common;

/// <summary>Suggests the known key an editor meant: first by the words of the trade (onderwerp is our titel), then by edit distance.</summary>
internal static class DidYouMean
{
    /// <summary>Words editors use for our keys, from letters, Word templates and other publishing tools.</summary>
    private static readonly Dictionary<string, string> DomainWords = new(StringComparer.Ordinal)
    {
        ["onderwerp"] = "titel", ["betreft"] = "titel", ["title"] = "titel", ["kop"] = "titel",
        ["ons kenmerk"] = "kenmerk", ["onskenmerk"] = "kenmerk", ["ons_kenmerk"] = "kenmerk", ["referentie"] = "kenmerk", ["zaaknummer"] = "kenmerk",
        ["uw referentie"] = "uw_kenmerk", ["uwkenmerk"] = "uw_kenmerk", ["uw kenmerk"] = "uw_kenmerk",
        ["date"] = "datum", ["dagtekening"] = "datum", ["datum brief"] = "datum",
        ["van"] = "afzender", ["auteur"] = "afzender", ["author"] = "afzender", ["ministerie"] = "afzender", ["organisatie"] = "afzender",
        ["soort"] = "type", ["documentsoort"] = "type", ["kind"] = "type",
        ["footnotes"] = "voetnoten", ["noten"] = "voetnoten", ["notes"] = "voetnoten",
        ["geadresseerden"] = "geadresseerde", ["adressering"] = "geadresseerde",
        ["ondertekenaar"] = "ondertekening", ["handtekening"] = "ondertekening",
        ["draft"] = "status", ["versie status"] = "status",
    };

    /// <summary>The key a trade word stands for, when that key is among the candidates.</summary>
    private static string? Domain(string unknown, IEnumerable<string> candidates) =>
        DomainWords.TryGetValue(unknown.Trim().ToLowerInvariant().Replace('-', ' '), out var meant) && candidates.Contains(meant, StringComparer.Ordinal) ? meant : null;

    /// <summary>
    /// The tail every message puts after an unknown name, in Dutch and English: "; bedoelde u 'x'?" / "; did you mean 'x'?",
    /// else "; " + <paramref name="otherwise"/>, else nothing.
    /// </summary>
    public static Wording Tail(string unknown, IEnumerable<string> candidates, Wording? otherwise = null) =>
        Suggest(unknown, candidates) is { } suggestion ? new Wording($"; bedoelde u '{suggestion}'?", $"; did you mean '{suggestion}'?")
        : otherwise is null ? new Wording(string.Empty, string.Empty)
        : new Wording("; " + otherwise.Nl, "; " + otherwise.En);

    public static string? Suggest(string unknown, IEnumerable<string> candidates)
    {
        if (Domain(unknown, candidates) is { } meant)
        {
            return meant;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(unknown.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Allow roughly one edit per three characters; beyond that a suggestion is noise.
        var limit = Math.Max(2, unknown.Length / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
