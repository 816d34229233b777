using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Markdown.Figures;
using InfoBladPublisher.Model;
using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Content;

/// <summary>Loads one document folder: document.yml (checked against its type's schema) and tekst.md.</summary>
internal static class DocumentLoader
{
    public static (DocumentMetadata Meta, FieldValues Values, ParsedBody Body)? Load(
        ConfinedDirectory content, string folder, MarkdownEngine markdown, BodyContext shared, IReadOnlyCollection<string> organisationIds, DiagnosticBag diagnostics)
    {
        var metaFile = Path.Combine(folder, ContentLayout.MetadataFile);
        var bodyFile = Path.Combine(folder, ContentLayout.BodyFile);
        var metaDisplay = content.Display(metaFile);
        var bodyDisplay = content.Display(bodyFile);
        var errorsBefore = diagnostics.ErrorCount;

        foreach (var (file, display) in new[] { (metaFile, metaDisplay), (bodyFile, bodyDisplay) })
        {
            if (content.Check(file) == FileProblem.Missing)
            {
                diagnostics.Report(DiagnosticCodes.MissingFile, SourcePosition.StartOf(display), $"missing {Path.GetFileName(file)}; every folder under {ContentLayout.DocumentsFolder}/ needs {ContentLayout.MetadataFile} and {ContentLayout.BodyFile}");
            }
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        var metaText = content.TryReadText(metaFile, Limits.YamlFileBytes, diagnostics);
        var bodyText = content.TryReadText(bodyFile, Limits.BodyFileBytes, diagnostics);
        var mapping = metaText is null ? null : YamlFile.ParseMapping(metaDisplay, metaText, diagnostics);
        var bodyStartsRight = bodyText is not null && FrontMatterBlock.Check(bodyDisplay, bodyText, diagnostics);
        var filledIn = (metaText is null || Placeholders.Check(metaDisplay, metaText, diagnostics))
            & (bodyText is null || Placeholders.Check(bodyDisplay, bodyText, diagnostics));
        if (mapping is null || bodyText is null || !bodyStartsRight || !filledIn)
        {
            return null;
        }

        var schema = Schemas.AnyDocument;
        var typeNode = mapping.Children.FirstOrDefault(c => c.Key.ToString() == K.Type).Value;
        if (DocumentType.Named(typeNode?.ToString()) is { } named)
        {
            schema = named.Schema;
        }

        var senders = organisationIds.Count == 0 ? $"there is none yet: create one in {ContentLayout.OrganisationsFolder}/" : "those that exist: " + string.Join(", ", organisationIds.Order(StringComparer.Ordinal));
        var values = SchemaValidator.Validate(metaDisplay, mapping, schema.WithHelp(K.Afzender, senders), diagnostics);
        var type = DocumentType.Named(values.Text(K.Type)) ?? DocumentType.Nota;

        var numbered = values.Boolean(K.Nummering) ?? type.NumberedByDefault;
        var figureContext = shared with
        {
            Declared = values.Map(K.Datasets),
            ReadImage = (url, at) => ImageReader.Read(content, Path.Combine(folder, Uri.UnescapeDataString(url)), "image", at, diagnostics),
        };
        var body = markdown.Parse(bodyDisplay, bodyText, values.Map(K.Voetnoten), numbered, figureContext, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        var meta = new DocumentMetadata(
            type,
            values.Text(K.Titel)!,
            values.Date(K.Datum)!.Value,
            values.Text(K.Kenmerk),
            values.Text(K.Afzender)!,
            values.Text(K.Status)!,
            numbered)
        {
            Own = type.OwnFields.ToDictionary(f => f.Key, f => values.Value(f.Key), StringComparer.Ordinal),
        };
        return (meta, values, body);
    }
}
