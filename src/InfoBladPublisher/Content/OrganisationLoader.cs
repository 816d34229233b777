using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Content;

internal static class OrganisationLoader
{
    /// <returns>The valid organisations, and the ids of every organisation file (valid or not), so a
    /// document that names a broken file is not reported a second time as naming a missing one.</returns>
    public static (Dictionary<string, Organisation> Valid, HashSet<string> Existing) LoadAll(ConfinedDirectory content, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in content.Files(ContentLayout.OrganisationsFolder, "*.yml"))
        {
            existing.Add(Path.GetFileNameWithoutExtension(file));
            var display = content.Display(file);
            var mapping = YamlFile.ParseMapping(display, content.ReadAllText(file), diagnostics);
            if (mapping is null)
            {
                continue;
            }

            var errorsBefore = diagnostics.ErrorCount;
            var v = SchemaValidator.Validate(display, mapping, Schemas.Organisation, diagnostics);
            var logo = v.Text(K.Logo);
            if (logo is not null && !content.FileExists(logo))
            {
                var outside = content.Resolve(logo) is null;
                diagnostics.Error(outside ? DiagnosticCodes.PathOutsideRoot : DiagnosticCodes.MissingFile, v.PositionOf(K.Logo),
                    $"logo '{logo}' {(outside ? "is outside the content folder" : "does not exist")}");
            }

            if (diagnostics.ErrorCount > errorsBefore)
            {
                continue;
            }

            var id = Path.GetFileNameWithoutExtension(file);
            var ministerie = v.Text(K.Ministerie)!;
            result[id] = new Organisation(
                id,
                ministerie,
                v.Has(K.Woordmerk) ? v.List(K.Woordmerk) : [ministerie],
                v.Text(K.Onderdeel)!,
                v.List(K.Directie),
                v.List(K.Bezoekadres),
                v.List(K.Postadres),
                v.Text(K.Website),
                logo is null ? null : new LogoFile(Path.GetExtension(logo), content.ReadAllBytes(logo)));
        }

        return (result, existing);
    }
}
