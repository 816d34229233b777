using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Model;
using InfoBladPublisher.Redaction;
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

        var metaText = content.TryReadText(metaFile, Limits.YamlFileBytes, diagnostics, metadata: true);
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
        // Woo markings go before anything parses the text: in the public build the passages are gone from here on.
        var redactions = new List<Marking>();
        var mode = shared.Redaction;
        var redactedBody = RedactionMarks.Apply(bodyDisplay, bodyText, mode, redactions, diagnostics);
        var notes = values.Map(K.Voetnoten).Select(n => n with { Value = RedactionMarks.Apply(metaDisplay, n.Value, mode, redactions, diagnostics, n.ValuePosition) ?? string.Empty }).ToList();
        var own = type.OwnFields.ToDictionary(f => f.Key, f => RedactedValue(values.Value(f.Key), values.PositionOf(f.Key), metaDisplay, mode, redactions, diagnostics), StringComparer.Ordinal);
        var samenvatting = values.Text(K.Samenvatting) is { } summary ? RedactionMarks.Apply(metaDisplay, summary, mode, redactions, diagnostics, values.PositionOf(K.Samenvatting)) : null;
        foreach (var key in new[] { K.Titel, K.Kenmerk })
        {
            if (values.Text(key) is { } text && RedactionMarks.HasMark(text))
            {
                diagnostics.Report(DiagnosticCodes.BadRedaction, values.PositionOf(key), $"'{key}' cannot be withheld: it names the document in the index, the PDF's properties and the bookmarks; write it without what must not be published");
            }
        }

        var approval = ApprovalRules.Read(values, diagnostics);
        if (redactedBody is null)
        {
            return null; // what is withheld is not known, so the text is not read further
        }

        var body = markdown.Parse(bodyDisplay, redactedBody, notes, numbered, figureContext, diagnostics);
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
            Own = own,
            Redactions = redactions,
            Accordering = approval,
            StatusAt = values.PositionOf(K.Status),
            TitelAt = values.PositionOf(K.Titel),
            Samenvatting = string.IsNullOrWhiteSpace(samenvatting) ? null : samenvatting,
            Informatiecategorie = Tooi.Named(Tooi.Informatiecategorieen, values.Text(K.Informatiecategorie)),
            Documentsoort = Tooi.Named(Tooi.Documentsoorten, values.Text(K.Documentsoort)),
            VerwijstNaar = values.List(K.VerwijstNaar),
            VerwijstNaarAt = values.PositionOf(K.VerwijstNaar),
        };
        return (meta, values, body);
    }

    /// <summary>A type's own field with its markings applied: a line, or each line of a list.</summary>
    private static object? RedactedValue(object? value, SourcePosition at, string display, RedactionMode mode, List<Marking> found, DiagnosticBag diagnostics) => value switch
    {
        string line => RedactionMarks.Apply(display, line, mode, found, diagnostics, at) ?? string.Empty,
        IReadOnlyList<string> lines => lines.Select(l => RedactionMarks.Apply(display, l, mode, found, diagnostics, at) ?? string.Empty).ToList(),
        _ => value,
    };
}
