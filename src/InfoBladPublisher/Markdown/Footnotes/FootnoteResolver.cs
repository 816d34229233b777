using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>Numbers notes in order of first citation and reports undefined, unused and duplicate notes.</summary>
internal static class FootnoteResolver
{
    public static IReadOnlyList<(FootnoteSource Source, int Number)> Resolve(
        MarkdownDocument body,
        string bodyPath,
        IReadOnlyList<(MapEntry Entry, MarkdownDocument Syntax)> yamlNotes,
        DiagnosticBag diagnostics)
    {
        var sources = new Dictionary<string, FootnoteSource>(StringComparer.Ordinal);

        void Define(FootnoteSource source)
        {
            if (sources.TryGetValue(source.Label, out var first))
            {
                diagnostics.Report(DiagnosticCodes.FootnoteDuplicate, source.Position,
                    $"voetnoot '{source.Label}' is twee keer gedefinieerd; de eerste definitie staat op {first.Position}",
                    $"footnote '{source.Label}' is defined twice; the first definition is at {first.Position}");
                return;
            }

            sources.Add(source.Label, source);
        }

        foreach (var (entry, syntax) in yamlNotes)
        {
            Define(new FootnoteSource(entry.Key, entry.KeyPosition, syntax));
        }

        foreach (var block in body.Descendants<FootnoteDefinition>())
        {
            Define(new FootnoteSource(block.Label, new SourcePosition(bodyPath, block.Line + 1, block.Column + 1), block));
        }

        // A note that cites a note would print a call with nowhere to go (its text is set inline in the note area).
        foreach (var (entry, syntax) in yamlNotes)
        {
            if (syntax.Descendants<Markdig.Syntax.Inlines.Inline>().OfType<FootnoteCall>().FirstOrDefault() is { } inner)
            {
                diagnostics.Report(DiagnosticCodes.NoteInNote, entry.ValuePosition,
                    $"voetnoot '{entry.Key}' verwijst naar voetnoot '{inner.Label}'; een voetnoot kan zelf geen voetnoten hebben: zet de tekst in deze voetnoot",
                    $"note '{entry.Key}' cites note '{inner.Label}'; a note cannot have notes of its own: write the text into this note");
            }
        }

        var numbered = new List<(FootnoteSource, int)>();
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in body.Descendants<Markdig.Syntax.Inlines.Inline>().OfType<FootnoteCall>())
        {
            if (!sources.TryGetValue(call.Label, out var source))
            {
                var hint = DidYouMean.Tail(call.Label, sources.Keys, new Wording(
                    "definieer de voetnoot als '[^" + call.Label + "]: …' of onder 'voetnoten' in de YAML",
                    "define it as '[^" + call.Label + "]: …' or under 'voetnoten' in the YAML"));
                diagnostics.Report(DiagnosticCodes.FootnoteUndefined, new SourcePosition(bodyPath, call.Line + 1, call.Column + 1),
                    $"er wordt verwezen naar voetnoot '{call.Label}', maar die is niet gedefinieerd{hint.Nl}",
                    $"footnote '{call.Label}' is cited but not defined{hint.En}");
                continue;
            }

            if (EnclosingNote(call) is { } note)
            {
                // Also where a line after the last note, without a blank line between, joined that note.
                diagnostics.Report(DiagnosticCodes.NoteInNote, new SourcePosition(bodyPath, call.Line + 1, call.Column + 1),
                    $"voetnoot '{note.Label}' verwijst naar voetnoot '{call.Label}'; een voetnoot kan zelf geen voetnoten hebben: zet de tekst in deze voetnoot (of laat een lege regel na de voetnoot, als deze regel er niet bij hoort)",
                    $"note '{note.Label}' cites note '{call.Label}'; a note cannot have notes of its own: write the text into this note (or leave a blank line after the note, if this line is not part of it)");
                cited.Add(call.Label);
                continue;
            }

            if (cited.Add(call.Label))
            {
                numbered.Add((source, numbered.Count + 1));
                if (numbered.Count == Common.Limits.NotesPerDocument + 1)
                {
                    diagnostics.Report(DiagnosticCodes.OverLimit, new SourcePosition(bodyPath, call.Line + 1, call.Column + 1),
                        $"meer dan {Common.Limits.NotesPerDocument} voetnoten in één document",
                        $"more than {Common.Limits.NotesPerDocument} notes in one document");
                }
            }
        }

        foreach (var source in sources.Values.Where(s => !cited.Contains(s.Label)))
        {
            diagnostics.Report(DiagnosticCodes.FootnoteUnused, source.Position,
                $"voetnoot '{source.Label}' is gedefinieerd, maar er wordt nergens naar verwezen; verwijs ernaar met [^{source.Label}] of verwijder de voetnoot",
                $"footnote '{source.Label}' is defined but never cited; cite it as [^{source.Label}] or remove it");
        }

        return numbered;
    }

    private static FootnoteDefinition? EnclosingNote(Markdig.Syntax.Inlines.Inline call)
    {
        var inline = call;
        while (inline.Parent is { } parent)
        {
            inline = parent;
        }

        Block? block = (inline as Markdig.Syntax.Inlines.ContainerInline)?.ParentBlock;
        while (block is not null and not FootnoteDefinition)
        {
            block = block.Parent;
        }

        return block as FootnoteDefinition;
    }
}
