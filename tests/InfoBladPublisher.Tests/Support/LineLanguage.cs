using System.Text.RegularExpressions;

namespace InfoBladPublisher.Tests.Support;

/// <summary>
/// Judges the lines a command prints in the language of its run: a line of a Dutch run has no English word, a line
/// of an English run no Dutch one. What a line quotes, its paths and options are taken out first
/// (<see cref="DutchWording.Unquoted"/>), and a diagnostic is judged by its message: its <c>error CODE</c> form is
/// the same in both languages. A check of the words, as <see cref="DutchWording"/> is.
/// </summary>
internal static partial class LineLanguage
{
    /// <summary>English words the CLI's own lines were written with, beyond those <see cref="DutchWording"/> knows.</summary>
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "checked", "rendering", "documents", "pages", "published", "unchanged", "wrote", "schemas", "are", "was",
        "given", "images", "report", "changed", "added", "removed", "failed", "errors", "rebuilt", "up", "to", "date",
        "problems", "matches", "name", "goes", "fill", "lists", "left", "judged", "need", "judges", "already", "finds",
        "characters", "fonts", "lack", "skipped", "levels",
    };

    /// <summary>Dutch words no English line has.</summary>
    private static readonly HashSet<string> Dutch = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "en", "van", "op", "naar", "met", "zijn", "niet", "geen", "niets", "er", "te", "elk", "elke",
        "gecontroleerd", "gepubliceerd", "documenten", "pagina", "pagina's", "ongewijzigd", "geschreven", "fout", "fouten",
        "worden", "gemaakt", "actueel", "doen", "bestand", "klopt", "vul", "noemt", "plekken", "hier", "beoordeeld", "let",
        "schema's", "afbeeldingen", "gewijzigd", "mislukt", "opnieuw", "opgebouwd", "vergeleken", "voordat",
    };

    /// <summary>Both languages, for a theory that runs once in each.</summary>
    public static TheoryData<InfoBladPublisher.Diagnostics.Language> Both => [InfoBladPublisher.Diagnostics.Language.Nl, InfoBladPublisher.Diagnostics.Language.En];

    /// <summary>Every line of the output whose words are not all of <paramref name="language"/>, with the words that betray it.</summary>
    public static IReadOnlyList<string> Strays(string output, InfoBladPublisher.Diagnostics.Language language) =>
        [.. output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0)
            .Select(line => (line, Words: StrayWords(line, language)))
            .Where(x => x.Words.Count > 0)
            .Select(x => $"{x.line}    ← {string.Join(", ", x.Words)}")];

    private static List<string> StrayWords(string line, InfoBladPublisher.Diagnostics.Language language)
    {
        var text = DutchWording.Unquoted(Diagnostic().Match(line) is { Success: true } d ? d.Groups["message"].Value : line);
        Func<string, bool> stray = language == InfoBladPublisher.Diagnostics.Language.Nl
            ? word => DutchWording.IsEnglishOnly(word) || English.Contains(word)
            : Dutch.Contains;
        return DutchWording.Word().Matches(text).Select(m => m.Value).Where(stray).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    [GeneratedRegex(@"^\S+:\d+:\d+: (?:error|warning|info) IBP\d{3}: (?<message>.*)$")]
    private static partial Regex Diagnostic();
}
