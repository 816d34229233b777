using InfoBladPublisher.Data;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Model;
using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;
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
    /// <returns>The content set, or null when any error was reported (with <paramref name="partial"/>: any error outside the documents).</returns>
    public ContentSet? Load(ConfinedDirectory content, DiagnosticBag diagnostics, bool partial = false, InfoBladPublisher.Redaction.RedactionMode redaction = InfoBladPublisher.Redaction.RedactionMode.Public)
    {
        if (!content.Exists)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, SourcePosition.StartOf(content.DisplayRoot), "the content folder does not exist");
            return null;
        }

        var (organisations, organisationFiles) = OrganisationLoader.LoadAll(content, _woordmerk, diagnostics);
        var folders = content.Folders(ContentLayout.DocumentsFolder);
        var datasets = DatasetLoader.LoadAll(content, diagnostics);
        if (partial && diagnostics.HasErrors)
        {
            return null; // a broken sender or dataset could change any document: show none half-made
        }

        var broken = content.Folders(DatasetKeys.Folder).Select(Path.GetFileName).Where(id => !datasets.ContainsKey(id!)).ToHashSet(StringComparer.Ordinal)!;
        var shared = new BodyContext(datasets, folders.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)!) { BrokenDatasets = broken!, Redaction = redaction };
        var loaded = new List<(string Id, DocumentMetadata Meta, FieldValues Values, ParsedBody Body)>();
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in folders)
        {
            var at = SourcePosition.StartOf(content.Display(folder));
            if (!Ids.Check(Path.GetFileName(folder), "document", at, diagnostics) || !DocumentIdClashes.Free(Path.GetFileName(folder), taken, at, diagnostics))
            {
                continue;
            }

            if (DocumentLoader.Load(content, folder, _markdown, shared, organisationFiles, diagnostics) is { } doc)
            {
                loaded.Add((Path.GetFileName(folder), doc.Meta, doc.Values, doc.Body));
            }
        }

        if (loaded.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Report(DiagnosticCodes.EmptyContent, SourcePosition.StartOf(content.Display(ContentLayout.DocumentsFolder)), "no documents found; each document is a folder with document.yml and tekst.md");
        }

        // Every document folder counts as a parent, also one with errors of its own (those are reported already).
        var ids = folders.Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var documents = new List<Document>();
        foreach (var (id, meta, values, body) in loaded)
        {
            if (!organisations.TryGetValue(meta.AfzenderId, out var afzender))
            {
                if (organisationFiles.Contains(meta.AfzenderId))
                {
                    continue; // its own errors are already reported
                }

                var hint = DidYouMean.Hint(meta.AfzenderId, organisations.Keys, $"known organisations: {string.Join(", ", organisations.Keys.Order(StringComparer.Ordinal))}");
                diagnostics.Report(DiagnosticCodes.UnknownOrganisation, values.PositionOf(K.Afzender), $"afzender '{meta.AfzenderId}' is not an organisation in {ContentLayout.OrganisationsFolder}/{hint}");
                continue;
            }

            if (meta.Hoofddocument is { } parent && (!ids.Contains(parent) || parent == id))
            {
                var hint = DidYouMean.Hint(parent, ids.Where(i => i != id));
                diagnostics.Report(DiagnosticCodes.UnknownParentDocument, values.PositionOf(K.Hoofddocument), $"hoofddocument '{parent}' is not another document in {ContentLayout.DocumentsFolder}/{hint}");
                continue;
            }

            foreach (var other in meta.VerwijstNaar.Where(other => !ids.Contains(other) || other == id))
            {
                var hint = DidYouMean.Hint(other, ids.Where(i => i != id));
                diagnostics.Report(DiagnosticCodes.UnknownRelatedDocument, meta.VerwijstNaarAt, $"verwijst_naar '{other}' is not another document in {ContentLayout.DocumentsFolder}/{hint}");
            }

            documents.Add(new Document(id, meta, afzender, body));
        }

        return diagnostics.HasErrors && !partial ? null : new ContentSet(organisations, documents);
    }
}
