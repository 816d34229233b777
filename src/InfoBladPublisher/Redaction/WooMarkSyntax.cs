using System.Text.RegularExpressions;

namespace InfoBladPublisher.Redaction;

/// <summary>
/// The Woo marking grammar, in one place: what an editor writes (<c>{lak 5.1.2e}…{/lak}</c>), what only looks
/// like it, and the tokens the build writes in its place for the Markdown parser and the metadata values.
/// </summary>
public static partial class WooMarkSyntax
{
    /// <summary>The tokens the build writes for a withheld passage; an editor may not write them.</summary>
    public const string Bar = "gelakt";
    public const string BlockBar = "gelakt-blok";
    public const string InternBlockStart = "lak-blok";

    /// <summary>An editor's mark: <c>{lak 5.1.2e}</c> (group <c>ground</c>) or <c>{/lak}</c> (group <c>close</c>).</summary>
    [GeneratedRegex(@"\{(?:(?<close>/)lak\s*|lak(?:\s+(?<ground>[^{}\n]*))?)\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Mark();

    /// <summary>A token the build writes, when found in what an editor wrote.</summary>
    [GeneratedRegex(@"\{/?(?:gelakt|gelakt-blok|lak-blok)\b[^{}\n]*\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Reserved();

    /// <summary>
    /// What looks like an attempt at a mark: braces with l-a-k in any spacing (zero-width characters too), or
    /// other brackets with a mark's shape (<c>[lak 5.1.2e]</c>, <c>(/lak)</c>).
    /// </summary>
    [GeneratedRegex(@"[{\uFF5B][\s\u00AD\u200B-\u200D\u2060]*[/\\\uFF0F]?[\s\u00AD\u200B-\u200D\u2060]*l[\s\u00AD\u200B-\u200D\u2060]*a+[\s\u00AD\u200B-\u200D\u2060]*k|[\[(<\uFF3B\uFF08]\s*(?:/\s*lak\s*[\])>\uFF3D\uFF09]|lak\s*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NearMiss();

    /// <summary>One whole token in the Markdown the build hands to the parser (anchored: the parser gives it one candidate).</summary>
    [GeneratedRegex(@"^\{(?<close>/)?(?<name>gelakt-blok|gelakt|lak-blok|lak)(?:\s+(?<ground>[^{}\s]+))?\s*\}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Token();

    /// <summary>The tokens in a metadata value after rewriting: a bar, or the start or end of a highlighted passage.</summary>
    [GeneratedRegex(@"\{(?:(?<close>/)lak|(?<name>gelakt|lak)\s+(?<ground>[^{}\s]+))\}", RegexOptions.CultureInvariant)]
    public static partial Regex ValueToken();

    /// <summary>Every mark and every near miss in a text, in order; where both start at one place, the longer.</summary>
    public static IEnumerable<Match> MarksAndNearMisses(string text) =>
        Mark().Matches(text).Concat(NearMiss().Matches(text)).GroupBy(m => m.Index).OrderBy(g => g.Key).Select(g => g.MaxBy(m => m.Length)!);

    /// <summary>
    /// The text with every mark taken out, for checking text whose markings are wrong (and which is never
    /// published): a mark becomes spaces, so columns hold, except at a line's start, where spaces would make
    /// the line code.
    /// </summary>
    public static string Blank(string text) => Mark().Replace(text, m =>
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(m.Index - 1, 0)) + 1;
        var atStart = m.Index == 0 || string.IsNullOrWhiteSpace(text[lineStart..m.Index]);
        return atStart ? string.Empty : new string(' ', m.Length);
    });
}
