using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Tests.Support;

/// <summary>
/// Holds a message's Dutch to be Dutch (issue 33): not the English copied into the Dutch slot, and, once what it
/// quotes from the content is taken out, free of the small English words no Dutch sentence has. A check of the
/// words, not of the grammar: it catches a message left in English, which is what drifts.
/// </summary>
internal static partial class DutchWording
{
    /// <summary>English words that are no Dutch words (so not "is", "in", "of", "op", "want").</summary>
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "with", "does", "doesn't", "must", "should", "which", "cannot", "can't", "this", "that", "from",
        "have", "has", "would", "could", "every", "not", "than", "there", "their", "its", "into", "without", "needs",
        "found", "missing", "unknown", "before", "after", "only", "written", "page", "note", "heading", "table", "row",
        "file", "folder", "key", "value", "give", "use", "used", "line", "column", "here", "where", "when", "because",
        "nothing", "allowed", "required", "empty", "twice", "cited", "defined", "withheld", "layout", "release's",
    };

    /// <summary>A word that is English and no Dutch word ("the", "with"), for judges of other text (<see cref="LineLanguage"/>).</summary>
    public static bool IsEnglishOnly(string word) => English.Contains(word);

    /// <summary>Why a diagnostic's Dutch is not Dutch, or null when it is.</summary>
    public static string? Fault(Diagnostic diagnostic)
    {
        var nl = Unquoted(diagnostic.Wording.Nl);
        var en = Unquoted(diagnostic.Wording.En);
        if (en.Any(char.IsLetter) && string.Equals(nl, en, StringComparison.Ordinal))
        {
            return "its Dutch is its English";
        }

        var english = Word().Matches(nl).Select(m => m.Value).Where(English.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return english.Count > 0 ? $"its Dutch has English words ({string.Join(", ", english)})" : null;
    }

    /// <summary>Fails on the first diagnostic whose Dutch is not Dutch, naming it in both languages.</summary>
    public static void AssertAll(IEnumerable<Diagnostic> diagnostics)
    {
        var faults = diagnostics
            .Select(d => (d, Fault: Fault(d)))
            .Where(x => x.Fault is not null)
            .Select(x => $"{x.d.Code} {x.Fault}:\n  nl: {x.d.Wording.Nl}\n  en: {x.d.Wording.En}")
            .ToList();
        Assert.True(faults.Count == 0, "messages not worded in Dutch:\n" + string.Join("\n", faults));
    }

    /// <summary>The message without what it quotes from the content ('…', "…", `…`, &lt;…&gt;), paths, options and code-like names.</summary>
    public static string Unquoted(string message) => Quoted().Replace(message, " ");

    [GeneratedRegex("""(?<!\p{L})'[^']*'(?!\p{L})|"[^"]*"|`[^`]*`|<[^>]*>|\S*[/\\]\S*|--[\w-]+|\b\w+\.(?:yml|yaml|md|csv|sbn|typ|css|json|svg|png|jpg)\b|\{[^}]*\}|\[[^\]]*\]|\([^)]*\b(?:e\.g|i\.e)\b[^)]*\)""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\p{L}']+")]
    public static partial Regex Word();
}
