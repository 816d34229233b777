using InfoBladPublisher.Data;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Model;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Content;

/// <summary>The load and validate stages: reads all content, checks all of it, and reports every problem at once.</summary>
internal sealed class ContentLoader
{
    private readonly MarkdownEngine _markdown;
    private readonly Text.WoordmerkFit? _woordmerk;

    /// <param name="woordmerk">Measures the ministry name beside the logo; null where there is nothing to measure with.</param>
    public ContentLoader(MarkdownEngine markdown, Text.WoordmerkFit? woordmerk = null)
    {
        _markdown = markdown;
        _woordmerk = woordmerk;
    }

    /// <param name="partial">For the preview: keep every document that has no error of its own, as long as
    /// the senders and datasets all loaded.</param>
    /// <param name="checking">For check, with <paramref name="partial"/>: a broken sender or dataset keeps out only the
    /// documents that name it, so the others' pages are still judged in the same run.</param>
    /// <returns>The content set, or null when any error was reported (with <paramref name="partial"/>: any error outside the documents).</returns>
    public ContentSet? Load(ConfinedDirectory content, DiagnosticBag diagnostics, bool partial = false, InfoBladPublisher.Redaction.RedactionMode redaction = InfoBladPublisher.Redaction.RedactionMode.Public, bool checking = false)
    {
        if (!content.Exists)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, SourcePosition.StartOf(content.DisplayRoot), "de contentmap bestaat niet", "the content folder does not exist");
            return null;
        }

        var (organisations, organisationFiles) = OrganisationLoader.LoadAll(content, _woordmerk, diagnostics);
        var folders = content.Folders(ContentLayout.DocumentsFolder);
        var datasets = DatasetLoader.LoadAll(content, diagnostics);
        // A broken sender or dataset could change any document: the preview shows none half-made, but every
        // document is still checked, so one run names every problem.
        var sharedBroken = diagnostics.HasErrors;

        var broken = content.Folders(DatasetKeys.Folder).Select(Path.GetFileName).Where(id => !datasets.ContainsKey(id!)).ToHashSet(StringComparer.Ordinal)!;
        var shared = new BodyContext(datasets, folders.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)!) { BrokenDatasets = broken!, Redaction = redaction };
        // Every document folder counts as a parent, also one with errors of its own (those are reported already).
        var ids = folders.Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var documents = new List<Document>();
        var found = 0;
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in folders)
        {
            var id = Path.GetFileName(folder);
            var at = SourcePosition.StartOf(content.Display(folder));
            // A name that cannot be an id is its folder's error; what is inside is still checked.
            var idUsable = Ids.Check(id, new Wording("document", "document"), at, diagnostics) && DocumentIdClashes.Free(id, taken, at, diagnostics);
            var doc = DocumentLoader.Load(content, folder, _markdown, shared, organisationFiles, diagnostics);
            if (doc.Values is not { } values)
            {
                continue;
            }

            found++;
            var afzender = DocumentReferences.Check(id, values, organisations, organisationFiles, ids, diagnostics);
            var usesBroken = values.Map(MetadataKeys.Datasets).Any(d => broken.Contains(d.Key));
            if (idUsable && doc.Loaded is var (meta, body) && afzender is not null && !usesBroken)
            {
                documents.Add(new Document(id, meta, afzender, body));
            }
        }

        if (found == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Report(DiagnosticCodes.EmptyContent, SourcePosition.StartOf(content.Display(ContentLayout.DocumentsFolder)), "geen documenten gevonden; elk document is een map met document.yml en tekst.md", "no documents found; each document is a folder with document.yml and tekst.md");
        }

        if (partial && sharedBroken && !checking)
        {
            return null;
        }

        return diagnostics.HasErrors && !partial ? null : new ContentSet(organisations, documents);
    }
}
