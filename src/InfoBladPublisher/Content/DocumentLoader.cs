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
    /// <summary>What one folder gave: its checked values (null when document.yml could not be read), and the document when it has no error of its own.</summary>
    public sealed record Result(FieldValues? Values, (DocumentMetadata Meta, ParsedBody Body)? Loaded);

    /// <summary>
    /// Every check on one folder, each run even when another failed, so one run names every problem; a check is
    /// skipped only where an error before it makes it meaningless, and then IBP022 says so.
    /// </summary>
    public static Result Load(
        ConfinedDirectory content, string folder, MarkdownEngine markdown, BodyContext shared, IReadOnlyCollection<string> organisationIds, DiagnosticBag diagnostics)
    {
        var metaFile = Path.Combine(folder, ContentLayout.MetadataFile);
        var bodyFile = Path.Combine(folder, ContentLayout.BodyFile);
        var metaDisplay = content.Display(metaFile);
        var bodyDisplay = content.Display(bodyFile);
        var errorsBefore = diagnostics.ErrorCount;

        var metaMissing = Missing(content, metaFile, metaDisplay, diagnostics);
        var bodyMissing = Missing(content, bodyFile, bodyDisplay, diagnostics);
        var metaText = metaMissing ? null : content.TryReadText(metaFile, Limits.YamlFileBytes, diagnostics, metadata: true);
        var bodyText = bodyMissing ? null : content.TryReadText(bodyFile, Limits.BodyFileBytes, diagnostics);
        var mapping = metaText is null ? null : YamlFile.ParseMapping(metaDisplay, metaText, diagnostics);
        var placeholderLines = metaText is null ? new HashSet<int>() : Placeholders.Find(metaDisplay, metaText, diagnostics);
        if (bodyText is not null)
        {
            Placeholders.Find(bodyDisplay, bodyText, diagnostics);
            // Checked without its metadata block, so the rest of the text is judged in the same run.
            bodyText = FrontMatterBlock.Blank(FrontMatterBlock.Check(bodyDisplay, bodyText, diagnostics), bodyText);
        }

        if (mapping is null)
        {
            if (bodyText is not null)
            {
                diagnostics.Report(DiagnosticCodes.NotChecked, SourcePosition.StartOf(bodyDisplay), $"de tekst is niet gecontroleerd: de voetnoten, datasets en nummering staan in {ContentLayout.MetadataFile}, dat niet kon worden gelezen; herstel dat eerst", $"the text was not checked: its notes, datasets and numbering are declared in {ContentLayout.MetadataFile}, which could not be read; fix that first");
            }

            return new Result(null, null);
        }

        var schema = Schemas.AnyDocument;
        var typeNode = mapping.Children.FirstOrDefault(c => c.Key.ToString() == K.Type).Value;
        if (DocumentType.Named(typeNode?.ToString()) is { } named)
        {
            schema = named.Schema;
        }

        var existing = string.Join(", ", organisationIds.Order(StringComparer.Ordinal));
        var senders = organisationIds.Count == 0
            ? new Wording($"er is er nog geen: maak er een in {ContentLayout.OrganisationsFolder}/", $"there is none yet: create one in {ContentLayout.OrganisationsFolder}/")
            : new Wording("die er zijn: " + existing, "those that exist: " + existing);
        var values = ValidateAroundPlaceholders(metaDisplay, mapping, schema.WithHelp(K.Afzender, senders.Nl, senders.En), placeholderLines, diagnostics);
        var type = DocumentType.Named(values.Text(K.Type)) ?? DocumentType.Nota;

        var numbered = values.Boolean(K.Nummering) ?? type.NumberedByDefault;
        var figureContext = shared with
        {
            Declared = values.Map(K.Datasets),
            ReadImage = (url, at) => ImageReader.Read(content, Path.Combine(folder, Uri.UnescapeDataString(url)), ImageKind.Image, at, diagnostics),
        };
        // Woo markings go before anything parses the text: in the public build the passages are gone from here on.
        var redactions = new List<Marking>();
        var mode = shared.Redaction;
        var redactedBody = bodyText is null ? null : RedactionMarks.Apply(bodyDisplay, bodyText, mode, redactions, diagnostics);
        var notes = values.Map(K.Voetnoten).Select(n => n with { Value = RedactionMarks.Apply(metaDisplay, n.Value, mode, redactions, diagnostics, n.ValuePosition) ?? string.Empty }).ToList();
        var own = type.OwnFields.ToDictionary(f => f.Key, f => RedactedValue(values.Value(f.Key), values.PositionOf(f.Key), metaDisplay, mode, redactions, diagnostics), StringComparer.Ordinal);
        var samenvatting = values.Text(K.Samenvatting) is { } summary ? RedactionMarks.Apply(metaDisplay, summary, mode, redactions, diagnostics, values.PositionOf(K.Samenvatting)) : null;
        foreach (var key in new[] { K.Titel, K.Kenmerk })
        {
            if (values.Text(key) is { } text && RedactionMarks.HasMark(text))
            {
                diagnostics.Report(DiagnosticCodes.BadRedaction, values.PositionOf(key), $"'{key}' kan niet worden gelakt: het noemt het document in de index, de eigenschappen van de PDF en de bladwijzers; schrijf het zonder wat niet openbaar mag worden", $"'{key}' cannot be withheld: it names the document in the index, the PDF's properties and the bookmarks; write it without what must not be published");
            }
        }

        var approval = ApprovalRules.Read(values, diagnostics);
        if (bodyText is null)
        {
            return new Result(values, null);
        }

        // A wrong marking leaves what is withheld unknown: the text is still checked (with the marks taken out),
        // but never kept, so nothing of it can reach a page.
        var body = markdown.Parse(bodyDisplay, redactedBody ?? WooMarkSyntax.Blank(bodyText), notes, numbered, figureContext, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore || redactedBody is null)
        {
            return new Result(values, null);
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
        return new Result(values, (meta, body));
    }

    private static bool Missing(ConfinedDirectory content, string file, string display, DiagnosticBag diagnostics)
    {
        if (content.Check(file) != FileProblem.Missing)
        {
            return false;
        }

        diagnostics.Report(DiagnosticCodes.MissingFile, SourcePosition.StartOf(display), $"{Path.GetFileName(file)} ontbreekt; elke map in {ContentLayout.DocumentsFolder}/ moet {ContentLayout.MetadataFile} en {ContentLayout.BodyFile} bevatten", $"missing {Path.GetFileName(file)}; every folder under {ContentLayout.DocumentsFolder}/ needs {ContentLayout.MetadataFile} and {ContentLayout.BodyFile}");
        return true;
    }

    /// <summary>
    /// The schema's checks, less its judgement of a value still holding a placeholder: IBP017 has named that
    /// line, and "not a date" on '[invullen: datum]' would say the same twice.
    /// </summary>
    private static FieldValues ValidateAroundPlaceholders(string display, YamlDotNet.RepresentationModel.YamlMappingNode mapping, Schema schema, HashSet<int> placeholderLines, DiagnosticBag diagnostics)
    {
        var own = new DiagnosticBag();
        var values = SchemaValidator.Validate(display, mapping, schema, own);
        diagnostics.AddRange(own.ToSortedList().Where(d => !(placeholderLines.Contains(d.Position.Line) && JudgesValue(d.Code))));
        return values;
    }

    private static bool JudgesValue(string code) => code is DiagnosticCodes.WrongType or DiagnosticCodes.InvalidDate or DiagnosticCodes.InvalidValue;

    /// <summary>A type's own field with its markings applied: a line, or each line of a list.</summary>
    private static object? RedactedValue(object? value, SourcePosition at, string display, RedactionMode mode, List<Marking> found, DiagnosticBag diagnostics) => value switch
    {
        string line => RedactionMarks.Apply(display, line, mode, found, diagnostics, at) ?? string.Empty,
        IReadOnlyList<string> lines => lines.Select(l => RedactionMarks.Apply(display, l, mode, found, diagnostics, at) ?? string.Empty).ToList(),
        _ => value,
    };
}
