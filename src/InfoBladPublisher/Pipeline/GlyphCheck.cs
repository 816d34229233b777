using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InfoBladPublisher.Common;
using InfoBladPublisher.Content;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Rendering.Print;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// A character the print fonts cannot show, reported where the editor wrote it (IBP074), by check as well as by
/// publish. Typst would refuse it too, but only as "the PDF does not meet PDF/UA-1", at the document.
/// </summary>
internal static partial class GlyphCheck
{
    private const int MaxReported = 20;

    /// <returns>False when a character was reported.</returns>
    public static bool Run(Document doc, PrintSource print, FontCoverage fonts, ConfinedDirectory content, DiagnosticBag diagnostics)
    {
        var found = MissingGlyphs.In(print.Files[PrintData.DataFile], fonts, MaxReported + 1);
        if (found.Count == 0)
        {
            return true;
        }

        var sources = new Sources(content, doc);
        foreach (var missing in found.Take(MaxReported))
        {
            diagnostics.Report(DiagnosticCodes.FontNotBundled, sources.Locate(missing), Message(missing));
        }

        if (found.Count > MaxReported)
        {
            diagnostics.Report(DiagnosticCodes.FontNotBundled, SourcePosition.StartOf(sources.Display(sources.Metadata)),
                $"{doc.Id}: meer tekens die de lettertypen niet kunnen tonen; alleen de eerste {MaxReported} staan hier",
                $"{doc.Id}: more characters the fonts cannot show; only the first {MaxReported} are listed");
        }

        return false;
    }

    private static Wording Message(MissingGlyphs.Found missing)
    {
        var fontNl = missing.Code ? $"het lettertype voor code ({FontCoverage.CodeFamily})" : $"het lettertype voor tekst ({FontCoverage.TextFamily})";
        var font = missing.Code ? $"the code font ({FontCoverage.CodeFamily})" : $"the text font ({FontCoverage.TextFamily})";
        var shown = Rune.GetUnicodeCategory(missing.Rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.PrivateUse
            ? string.Empty : $"'{missing.Rune}' ";
        return new(
            string.Create(CultureInfo.InvariantCulture,
                $"het teken {shown}(U+{missing.Rune.Value:X4}) staat niet in {fontNl}, dus de PDF kan het niet tonen; schrijf het anders (een woord, of een afbeelding), of vraag om een lettertype dat het teken heeft"),
            string.Create(CultureInfo.InvariantCulture,
                $"the character {shown}(U+{missing.Rune.Value:X4}) is not in {font}, so the PDF cannot show it; write it differently (a word, or an image), or ask for a font with it to be bundled"));
    }

    /// <summary>The document's own files, read only when a character is missing, with where each search goes on from.</summary>
    private sealed class Sources(ConfinedDirectory content, Document doc)
    {
        private readonly Dictionary<string, (string Text, LineIndex Lines)?> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, int), int> _next = [];

        public string Metadata { get; } = Path.Combine(ContentLayout.DocumentsFolder, doc.Id, ContentLayout.MetadataFile);

        private string Body { get; } = Path.Combine(ContentLayout.DocumentsFolder, doc.Id, ContentLayout.BodyFile);

        private string Sender { get; } = Path.Combine(ContentLayout.OrganisationsFolder, doc.Afzender.Id + ".yml");

        public string Display(string file) => content.Display(file);

        public SourcePosition Locate(MissingGlyphs.Found missing)
        {
            if (missing.Section == "afzender")
            {
                return Find(Sender, 1, missing.Rune) ?? SourcePosition.StartOf(Display(Sender));
            }

            if (missing.Section != "body")
            {
                return Find(Metadata, 1, missing.Rune) ?? SourcePosition.StartOf(Display(Metadata));
            }

            if (doc.Body.Footnotes.Notes.FirstOrDefault(n => n.Number == missing.Note) is { } note)
            {
                var file = note.DefinedAt.File == Display(Metadata) ? Metadata : Body;
                return Find(file, note.DefinedAt.Line, missing.Rune) ?? note.DefinedAt;
            }

            var (line, column) = Parse(missing.Src);
            return Find(Body, line, missing.Rune)
                ?? InDataset(missing.Rune)
                ?? new SourcePosition(Display(Body), line, column);
        }

        /// <summary>A table or chart drawn from a dataset: the first cell that holds the character.</summary>
        private SourcePosition? InDataset(Rune rune)
        {
            var text = rune.ToString();
            var cell = doc.Body.Datasets.SelectMany(d => d.Rows).SelectMany(r => r.Cells.Values)
                .FirstOrDefault(c => c.Text.Contains(text, StringComparison.Ordinal));
            return cell?.Position ?? doc.Body.Datasets.SelectMany(d => d.Files).Select(f => Find(f.Path, 1, rune)).FirstOrDefault(p => p is not null);
        }

        /// <summary>The next place from a line on where the file writes the character, itself or as an escape (&amp;#x…; or \u…).</summary>
        private SourcePosition? Find(string file, int fromLine, Rune rune)
        {
            if (Read(file) is not var (text, lines))
            {
                return null;
            }

            var from = Math.Max(lines.StartOf(fromLine), _next.GetValueOrDefault((file, rune.Value)));
            var match = Written(rune).Match(text, Math.Min(from, text.Length));
            if (!match.Success)
            {
                return null;
            }

            _next[(file, rune.Value)] = match.Index + match.Length;
            return lines.PositionOf(Display(file), match.Index);
        }

        private (string Text, LineIndex Lines)? Read(string file)
        {
            if (!_texts.TryGetValue(file, out var read))
            {
                // Already read and checked once by the load; a file that cannot be read now gives the fallback position.
                var text = content.TryReadText(file, Limits.CsvFileBytes, new DiagnosticBag());
                read = text is null ? null : (text, new LineIndex(text));
                _texts[file] = read;
            }

            return read;
        }

        private static (int Line, int Column) Parse(string? src)
        {
            var parts = (src ?? "1:1").Split(':');
            return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var line) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var column)
                ? (line, column) : (1, 1);
        }

        private static Regex Written(Rune rune)
        {
            var hex = rune.Value.ToString("X", CultureInfo.InvariantCulture);
            var dec = rune.Value.ToString(CultureInfo.InvariantCulture);
            return new Regex(
                $@"{Regex.Escape(rune.ToString())}|&#[xX]0*{hex};|&#0*{dec};|\\u{hex.PadLeft(4, '0')}(?![0-9a-fA-F])|\\U{hex.PadLeft(8, '0')}",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }
}
