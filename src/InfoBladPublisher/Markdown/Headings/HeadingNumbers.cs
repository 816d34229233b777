using System.Globalization;
using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Headings;

/// <summary>Section numbers (1., 2., 4.1) computed from the heading levels, so editors never type them.</summary>
internal partial class HeadingNumbers
{
    private readonly Dictionary<HeadingBlock, string> _numbers = [];

    public static HeadingNumbers None { get; } = new();

    public string? For(HeadingBlock heading) => _numbers.GetValueOrDefault(heading);

    public static HeadingNumbers Compute(MarkdownDocument body, string bodyPath, DiagnosticBag diagnostics)
    {
        var result = new HeadingNumbers();
        var counters = new int[7];
        foreach (var heading in body.Descendants<HeadingBlock>())
        {
            var level = Math.Clamp(heading.Level, 1, 6);
            counters[level]++;
            Array.Clear(counters, level + 1, counters.Length - level - 1);
            var parts = Enumerable.Range(1, level).Select(l => counters[l].ToString(CultureInfo.InvariantCulture));

            // Dutch government style: "1." for a top section, "4.1" below it.
            result._numbers[heading] = level == 1 ? counters[1].ToString(CultureInfo.InvariantCulture) + "." : string.Join('.', parts);

            var text = heading.Inline?.FirstChild?.ToString() ?? string.Empty;
            if (TypedNumber().IsMatch(text))
            {
                diagnostics.Report(DiagnosticCodes.HandNumberedHeading, new SourcePosition(bodyPath, heading.Line + 1, heading.Column + 1),
                    "de kop begint met een getypt nummer; de nummers van koppen worden automatisch gemaakt, dus verwijder het nummer",
                    "heading starts with a typed number; section numbers are generated, so remove it");
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\s*\d+(\.\d+)*\.?\s")]
    private static partial Regex TypedNumber();
}
