using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Model;
using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Content;

/// <summary>The load and validate stages: reads all content, checks all of it, and reports every problem at once.</summary>
public sealed class ContentLoader
{
    private readonly MarkdownEngine _markdown;

    public ContentLoader(MarkdownEngine markdown) => _markdown = markdown;

    /// <returns>The content set, or null when any error was reported.</returns>
    public ContentSet? Load(ConfinedDirectory content, DiagnosticBag diagnostics)
    {
        if (!content.Exists)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourcePosition.StartOf(content.DisplayRoot), "the content folder does not exist");
            return null;
        }

        var (organisations, organisationFiles) = OrganisationLoader.LoadAll(content, diagnostics);
        var loaded = new List<(string Id, DocumentMetadata Meta, FieldValues Values, ParsedBody Body)>();
        foreach (var folder in content.Folders(ContentLayout.DocumentsFolder))
        {
            if (DocumentLoader.Load(content, folder, _markdown, diagnostics) is { } doc)
            {
                loaded.Add((Path.GetFileName(folder), doc.Meta, doc.Values, doc.Body));
            }
        }

        if (loaded.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.EmptyContent, SourcePosition.StartOf(content.Display(ContentLayout.DocumentsFolder)), "no documents found; each document is a folder with document.yml and tekst.md");
        }

        var ids = loaded.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var documents = new List<Document>();
        foreach (var (id, meta, values, body) in loaded)
        {
            if (!organisations.TryGetValue(meta.AfzenderId, out var afzender))
            {
                if (organisationFiles.Contains(meta.AfzenderId))
                {
                    continue; // its own errors are already reported
                }

                var suggestion = DidYouMean.Suggest(meta.AfzenderId, organisations.Keys);
                var hint = suggestion is null ? $"known organisations: {string.Join(", ", organisations.Keys.Order(StringComparer.Ordinal))}" : $"did you mean '{suggestion}'?";
                diagnostics.Error(DiagnosticCodes.UnknownOrganisation, values.PositionOf(K.Afzender), $"afzender '{meta.AfzenderId}' is not an organisation in {ContentLayout.OrganisationsFolder}/; {hint}");
                continue;
            }

            if (meta.Hoofddocument is { } parent && (!ids.Contains(parent) || parent == id))
            {
                var suggestion = DidYouMean.Suggest(parent, ids.Where(i => i != id));
                var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
                diagnostics.Error(DiagnosticCodes.UnknownParentDocument, values.PositionOf(K.Hoofddocument), $"hoofddocument '{parent}' is not another document in {ContentLayout.DocumentsFolder}/{hint}");
                continue;
            }

            documents.Add(new Document(id, meta, afzender, body));
        }

        return diagnostics.HasErrors ? null : new ContentSet(organisations, documents);
    }
}
