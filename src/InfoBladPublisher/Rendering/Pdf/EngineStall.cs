using System.Globalization;
using System.Text.RegularExpressions;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// The engine stopped adding pages: Vivliostyle 2.45.1 can loop for ever placing a note with
/// <c>footnote-policy: line</c> (its fix for that, upstream #2025, does not cover every page). The host page's
/// watchdog reports how far it got; the next pass lays out the next few notes without that policy, and the
/// build's own footnote pass (<see cref="Layout.FootnoteBreaks"/>) then does what the policy would have done.
/// </summary>
internal sealed partial record EngineStall(int Pages, int LastPlacedNote, int Seconds)
{
    /// <summary>How many notes after the last one placed are freed per stall: the page the engine loops on holds them.</summary>
    public const int NotesPerStall = 3;

    private const string Prefix = "stalled:";

    /// <summary>The watchdog's message ("stalled:PAGES:LASTNOTE:SECONDS"), or null for any other answer.</summary>
    public static EngineStall? Parse(string? answer)
    {
        if (answer is null || !answer.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = answer[Prefix.Length..].Split(':');
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pages)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var note)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? new EngineStall(pages, note, seconds)
            : null;
    }

    /// <summary>The next notes of the print HTML after the last one placed that are not freed yet; empty when none is left.</summary>
    public IReadOnlyList<int> NotesToFree(string printHtml, IReadOnlySet<int> freed) =>
        NoteNumber().Matches(printHtml)
            .Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture))
            .Where(n => n > LastPlacedNote && !freed.Contains(n))
            .Distinct()
            .Order()
            .Take(NotesPerStall)
            .ToList();

    public string Describe(string documentId) =>
        $"the paged-media engine stopped on {documentId}: no new page for {Seconds} s after page {Pages} (a layout loop in the engine, even with the notes after it laid out differently)";

    [GeneratedRegex(@"<span class=""voetnoot"" id=""voetnoot-\d+"" data-nummer=""(\d+)""", RegexOptions.CultureInvariant)]
    private static partial Regex NoteNumber();
}
