using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Content;

internal static class OrganisationLoader
{
    /// <returns>The valid organisations, and the ids of every organisation file (valid or not), so a
    /// document that names a broken file is not reported a second time as naming a missing one.</returns>
    public static (Dictionary<string, Organisation> Valid, HashSet<string> Existing) LoadAll(ConfinedDirectory content, Text.WoordmerkFit? woordmerk, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in content.Files(ContentLayout.OrganisationsFolder, "*.yml"))
        {
            existing.Add(Path.GetFileNameWithoutExtension(file));
            var display = content.Display(file);
            if (!Ids.Check(Path.GetFileNameWithoutExtension(file), new Wording("organisatie", "organisation"), SourcePosition.StartOf(display), diagnostics))
            {
                continue;
            }

            var text = content.TryReadText(file, Limits.YamlFileBytes, diagnostics, metadata: true);
            var mapping = text is null ? null : YamlFile.ParseMapping(display, text, diagnostics);
            if (mapping is null)
            {
                continue;
            }

            var errorsBefore = diagnostics.ErrorCount;
            Redaction.RedactionMarks.Refuse(display, text!, new Wording("een organisatiebestand", "an organisation file"), diagnostics);
            var v = SchemaValidator.Validate(display, mapping, Schemas.Organisation, diagnostics);
            var logo = v.Text(K.Logo);
            var logoFile = logo is null ? null : ImageReader.Read(content, logo, ImageKind.Logo, v.PositionOf(K.Logo), diagnostics);

            var tooi = v.Text(K.Tooi);
            if (tooi is not null && !Tooi.IsOrganisationUri(tooi))
            {
                diagnostics.Report(DiagnosticCodes.BadOrganisationId, v.PositionOf(K.Tooi), $"tooi '{tooi}' is geen TOOI-organisatie-id; schrijf het als {Tooi.OrganisationPrefix}ministerie/mnre1058 (een ministerie) of .../oorg/oorg10222 (een agentschap)", $"tooi '{tooi}' is not a TOOI organisation id; write it as {Tooi.OrganisationPrefix}ministerie/mnre1058 (a ministry) or .../oorg/oorg10222 (an agency)");
            }

            var ministerie = v.Text(K.Ministerie);
            var lines = ministerie is null ? null : WoordmerkLines(v, ministerie, woordmerk, diagnostics);
            if (diagnostics.ErrorCount > errorsBefore || ministerie is null || lines is null)
            {
                continue;
            }

            var id = Path.GetFileNameWithoutExtension(file);
            result[id] = new Organisation(
                id,
                ministerie,
                lines,
                v.Text(K.Onderdeel)!,
                v.List(K.Directie),
                v.List(K.Bezoekadres),
                v.List(K.Postadres),
                v.Text(K.Website),
                logoFile)
            {
                Tooi = tooi,
            };
        }

        return (result, existing);
    }

    /// <summary>The woordmerk as given, each line checked to fit beside the logo; or derived from the name.</summary>
    private static IReadOnlyList<string>? WoordmerkLines(FieldValues v, string ministerie, Text.WoordmerkFit? fit, DiagnosticBag diagnostics)
    {
        if (v.Has(K.Woordmerk))
        {
            var given = v.List(K.Woordmerk);
            foreach (var line in given.Where(l => fit is not null && !fit.Fits(l)))
            {
                diagnostics.Report(DiagnosticCodes.WoordmerkTooWide, v.PositionOf(K.Woordmerk),
                    $"woordmerkregel '{line}' is {fit!.WidthMm(line):0.0} mm breed; naast het logo past {fit.AvailableMm:0.0} mm. Verdeel de regel over meer regels",
                    $"woordmerk line '{line}' is {fit!.WidthMm(line):0.0} mm wide; {fit.AvailableMm:0.0} mm fits beside the logo. Break it over more lines");
            }

            return given;
        }

        if (fit is null)
        {
            return [ministerie];
        }

        var lines = fit.Break(ministerie);
        if (lines is null)
        {
            diagnostics.Report(DiagnosticCodes.WoordmerkTooWide, v.PositionOf(K.Ministerie),
                $"'{ministerie}' past niet in hoogstens {Text.WoordmerkFit.MaxLines} regels van {fit.AvailableMm:0.0} mm naast het logo; geef de regels zelf op onder 'woordmerk:'",
                $"'{ministerie}' cannot be set in at most {Text.WoordmerkFit.MaxLines} lines of {fit.AvailableMm:0.0} mm beside the logo; give the lines yourself under 'woordmerk:'");
        }

        return lines;
    }
}
