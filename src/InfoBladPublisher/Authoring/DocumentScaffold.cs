using System.Globalization;
using System.Text;
using InfoBladPublisher.Common;
using InfoBladPublisher.Content;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Text;
using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Authoring;

/// <summary>
/// <c>infoblad new</c>: a new document folder with the type's keys, today's date and placeholders for what only
/// the editor knows. It refuses to overwrite and writes nothing when anything is wrong.
/// </summary>
public static class DocumentScaffold
{
    /// <summary>Starting values a Rijksoverheid editor would write anyway; everything else is a placeholder.</summary>
    private static readonly Dictionary<string, string[]> Usual = new(StringComparer.Ordinal)
    {
        [K.Geadresseerde] = ["Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"],
        [K.BijlageNummer] = ["1"],
    };

    private static readonly Dictionary<string, string> Asks = new(StringComparer.Ordinal)
    {
        [K.Titel] = "het onderwerp, in één regel",
        [K.Kenmerk] = "ons kenmerk",
        [K.Aan] = "aan wie, bv. de Staatssecretaris van Justitie en Veiligheid",
        [K.HorendBij] = "het stuk waar deze bijlage bij hoort",
        [K.Ondertekening] = "functie, bv. De Staatssecretaris van Justitie en Veiligheid,",
        [K.Datasets] = "de datasets die de tekst gebruikt, als id: versie",
        [K.GeaccordeerdDoor] = "wie het stuk accordeerde, bv. DG Migratie; met geaccordeerd_op",
        [K.GeaccordeerdOp] = "wanneer, JJJJ-MM-DD; met geaccordeerd_door",
        [K.Voetnoten] = "noten buiten de tekst, aangehaald als [^naam]",
        [K.Nummering] = "de hoofdstukken nummeren: ja of nee",
        [K.Samenvatting] = "een korte samenvatting voor de publicatiesite; anders de eerste alinea",
        [K.Informatiecategorie] = "de Woo-informatiecategorie; anders die van het documenttype",
        [K.Documentsoort] = "de soort document (TOOI); anders die van het documenttype",
        [K.VerwijstNaar] = "de documenten waarnaar dit stuk verwijst, elk met zijn id",
    };

    /// <summary>The type names <c>new</c> accepts.</summary>
    public static IReadOnlyList<string> TypeNames => DocumentType.All.Select(t => t.Name).ToList();

    /// <returns>The new folder, or null when nothing was written (the reason is reported).</returns>
    public static string? Create(string contentRoot, string typeName, string slug, string? afzender, DateOnly today, DiagnosticBag diagnostics)
    {
        if (!Slugs.Check(slug, SourcePosition.StartOf(Path.Combine(contentRoot, ContentLayout.DocumentsFolder)), diagnostics))
        {
            return null;
        }

        var type = DocumentType.Named(typeName);
        var id = $"{DutchDate.Iso(today)}-{slug}";
        var folder = Path.Combine(contentRoot, ContentLayout.DocumentsFolder, id);
        var at = SourcePosition.StartOf(folder);
        if (type is null)
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, at,
                $"'{typeName}' is geen documenttype; gebruik {string.Join(", ", TypeNames)}{DidYouMean.Tail(typeName, TypeNames).Nl}",
                $"'{typeName}' is not a document type; use {string.Join(", ", TypeNames)}{DidYouMean.Tail(typeName, TypeNames).En}");
            return null;
        }

        if (!Ids.Check(id, new Wording("document", "document"), at, diagnostics))
        {
            return null;
        }

        if (Directory.Exists(folder) || File.Exists(folder))
        {
            diagnostics.Report(DiagnosticCodes.AlreadyExists, at,
                "dit document bestaat al; er is niets overschreven. Kies een andere naam",
                "this document already exists; nothing was overwritten. Choose another name");
            return null;
        }

        var documents = Path.Combine(contentRoot, ContentLayout.DocumentsFolder);
        var taken = (Directory.Exists(documents) ? Directory.GetDirectories(documents) : []).Select(Path.GetFileName).OfType<string>()
            .DistinctBy(name => name, StringComparer.OrdinalIgnoreCase).ToDictionary(name => name, StringComparer.OrdinalIgnoreCase);
        if (!Content.DocumentIdClashes.Free(id, taken, at, diagnostics))
        {
            return null;
        }

        var organisations = Directory.Exists(Path.Combine(contentRoot, ContentLayout.OrganisationsFolder))
            ? Directory.GetFiles(Path.Combine(contentRoot, ContentLayout.OrganisationsFolder), "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        if (afzender is not null && !organisations.Contains(afzender, StringComparer.Ordinal))
        {
            var known = DidYouMean.Tail(afzender, organisations, new Wording(
                $"bekende organisaties: {string.Join(", ", organisations)}", $"known organisations: {string.Join(", ", organisations)}"));
            diagnostics.Report(DiagnosticCodes.UnknownOrganisation, at,
                $"afzender '{afzender}' is geen organisatie in {ContentLayout.OrganisationsFolder}/{known.Nl}",
                $"afzender '{afzender}' is not an organisation in {ContentLayout.OrganisationsFolder}/{known.En}");
            return null;
        }

        afzender ??= organisations.Count == 1 ? organisations[0] : null;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ContentLayout.MetadataFile), Yaml(type, today, afzender, organisations), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, ContentLayout.BodyFile), type.StarterText, new UTF8Encoding(false));
        return folder;
    }

    private static string Yaml(DocumentType type, DateOnly today, string? afzender, List<string> organisations)
    {
        var yaml = new StringBuilder();
        // First, so the YAML language server finds the type's schema: completion and a red underline.
        yaml.Append(EditorSchemas.ModelineFor(type)).Append('\n');
        yaml.Append("type: ").Append(type.Name).Append('\n');
        yaml.Append("titel: ").Append(Placeholders.Yaml(Asks[K.Titel])).Append('\n');
        yaml.Append("datum: ").Append(Iso(today)).Append('\n');
        yaml.Append(type.KenmerkRequired ? "kenmerk: " + Placeholders.Yaml(Asks[K.Kenmerk]) : "# kenmerk: \"…\"   # optioneel voor een " + type.Name).Append('\n');
        yaml.Append("afzender: ").Append(afzender ?? Placeholders.Yaml(organisations.Count == 0
            ? $"de naam van een bestand in content/{ContentLayout.OrganisationsFolder}/ (maak er eerst een aan)"
            : "een van " + string.Join(", ", organisations))).Append('\n');
        yaml.Append("status: concept\n");
        foreach (var field in type.OwnFields)
        {
            Field(yaml, field, today);
        }

        // Every other optional key of the type (the common ones too), so none has to be looked up.
        string[] written = [K.Type, K.Titel, K.Datum, K.Kenmerk, K.Afzender, K.Status];
        foreach (var field in type.Schema.Fields.Values.Where(f => !f.Required && !written.Contains(f.Key) && !type.OwnFields.Contains(f)))
        {
            Field(yaml, field, today);
        }

        return yaml.ToString();
    }

    /// <summary>
    /// A required key with its usual value or a placeholder; an optional one as a comment to uncomment, its
    /// explanation a comment of its own, so that removing the first '#' leaves valid YAML.
    /// </summary>
    private static void Field(StringBuilder yaml, FieldSpec field, DateOnly today)
    {
        var prefix = field.Required ? string.Empty : "# ";
        var ask = Asks.GetValueOrDefault(field.Key, field.Key.Replace('_', ' '));
        var note = field.Required ? string.Empty : $"   # optioneel: {ask}";
        var values = Usual.TryGetValue(field.Key, out var usual) ? usual : [field.Required ? Placeholders.Yaml(ask) : Example(field, today)];
        switch (field.Kind)
        {
            case FieldKind.TextList or FieldKind.TextMap:
                yaml.Append(prefix).Append(field.Key).Append(':').Append(note).Append('\n');
                foreach (var value in values)
                {
                    yaml.Append(prefix).Append(field.Kind == FieldKind.TextList ? "  - " : "  naam: ").Append(value).Append('\n');
                }

                break;
            default:
                yaml.Append(prefix).Append(field.Key).Append(": ").Append(values[0]).Append(note).Append('\n');
                break;
        }
    }

    /// <summary>A value of the field's kind that an editor replaces: it shows the form (a date, ja or nee).</summary>
    private static string Example(FieldSpec field, DateOnly today) => field.Kind switch
    {
        FieldKind.Date => Iso(today),
        FieldKind.Boolean => "ja",
        FieldKind.WholeNumber => "1",
        _ => "\"…\"",
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
