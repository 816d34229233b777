using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>
/// A seed text (the extraction of a published PDF) read as the yardstick: its body paragraphs and its numbered
/// notes. Page furniture and the colofon are short lines, so "a paragraph" is a line of more than 60 characters.
/// </summary>
internal sealed record SeedDocument(IReadOnlyList<string> Paragraphs, IReadOnlyDictionary<int, string> Notes)
{
    public const string Nota = "000_213f7efea6df9479.txt";
    public const string Bijlage = "001_fce73247449bc8e0.txt";

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static SeedDocument Load(string file)
    {
        var paragraphs = new List<string>();
        var notes = new Dictionary<int, string>();
        foreach (var raw in File.ReadAllLines(Path.Combine(RepoPaths.Seeds, file)))
        {
            var line = raw.Trim();
            if (line.Length > 0 && Superscripts.Contains(line[0], StringComparison.Ordinal))
            {
                var digits = new string(line.TakeWhile(c => Superscripts.Contains(c, StringComparison.Ordinal)).Select(c => (char)('0' + Superscripts.IndexOf(c, StringComparison.Ordinal))).ToArray());
                notes[int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)] = StripMarks(line[digits.Length..]).Trim('<', '>', ' ');
            }
            else if (line.Length > 60)
            {
                paragraphs.Add(StripMarks(line));
            }
        }

        return new SeedDocument(paragraphs, notes);
    }

    /// <summary>Drops the superscript note calls; the PDF sets them in a smaller size, which the body text filter leaves out.</summary>
    private static string StripMarks(string text) => new(text.Where(c => !Superscripts.Contains(c, StringComparison.Ordinal)).ToArray());
}
