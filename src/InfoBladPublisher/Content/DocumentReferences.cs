using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Content;

/// <summary>
/// What a document.yml names outside itself: its afzender, its hoofddocument and the documents it refers to. Checked from the values alone,
/// so an error elsewhere in the document (a date, a note) does not hide these until the next round.
/// </summary>
internal static class DocumentReferences
{
    /// <returns>The sender, or null when it is unknown, broken or not given (each problem reported once).</returns>
    public static Organisation? Check(string id, FieldValues values, IReadOnlyDictionary<string, Organisation> organisations, IReadOnlySet<string> organisationFiles, IReadOnlySet<string> ids, DiagnosticBag diagnostics)
    {
        var afzender = Afzender(values, organisations, organisationFiles, diagnostics);
        var parentKnown = Parent(id, values, ids, diagnostics);
        var othersKnown = Related(id, values, ids, diagnostics);
        return parentKnown && othersKnown ? afzender : null;
    }

    private static Organisation? Afzender(FieldValues values, IReadOnlyDictionary<string, Organisation> organisations, IReadOnlySet<string> organisationFiles, DiagnosticBag diagnostics)
    {
        // Missing or not text: the schema has said so. A placeholder: IBP017 has said so.
        if (values.Text(K.Afzender) is not { } name || name.Contains(Placeholders.Open, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (organisations.TryGetValue(name, out var found))
        {
            return found;
        }

        if (!organisationFiles.Contains(name))
        {
            var known = string.Join(", ", organisations.Keys.Order(StringComparer.Ordinal));
            var hint = DidYouMean.Tail(name, organisations.Keys, new Wording($"bekende organisaties: {known}", $"known organisations: {known}"));
            diagnostics.Report(DiagnosticCodes.UnknownOrganisation, values.PositionOf(K.Afzender),
                $"afzender '{name}' is geen organisatie in {ContentLayout.OrganisationsFolder}/{hint.Nl}",
                $"afzender '{name}' is not an organisation in {ContentLayout.OrganisationsFolder}/{hint.En}");
        }

        return null; // a file that exists but has errors of its own: those are reported already
    }

    /// <returns>False when verwijst_naar names an id that is no other document.</returns>
    private static bool Related(string id, FieldValues values, IReadOnlySet<string> ids, DiagnosticBag diagnostics)
    {
        var unknown = values.List(K.VerwijstNaar).Where(other => !other.Contains(Placeholders.Open, StringComparison.OrdinalIgnoreCase) && (!ids.Contains(other) || other == id)).ToList();
        foreach (var other in unknown)
        {
            var hint = DidYouMean.Tail(other, ids.Where(i => i != id));
            diagnostics.Report(DiagnosticCodes.UnknownRelatedDocument, values.PositionOf(K.VerwijstNaar),
                $"verwijst_naar '{other}' is geen ander document in {ContentLayout.DocumentsFolder}/{hint.Nl}",
                $"verwijst_naar '{other}' is not another document in {ContentLayout.DocumentsFolder}/{hint.En}");
        }

        return unknown.Count == 0;
    }

    /// <returns>False when hoofddocument names no other document.</returns>
    private static bool Parent(string id, FieldValues values, IReadOnlySet<string> ids, DiagnosticBag diagnostics)
    {
        if (values.Text(K.Hoofddocument) is not { } parent || parent.Contains(Placeholders.Open, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (ids.Contains(parent) && parent != id)
        {
            return true;
        }

        var hint = DidYouMean.Tail(parent, ids.Where(i => i != id));
        diagnostics.Report(DiagnosticCodes.UnknownParentDocument, values.PositionOf(K.Hoofddocument),
            $"hoofddocument '{parent}' is geen ander document in {ContentLayout.DocumentsFolder}/{hint.Nl}",
            $"hoofddocument '{parent}' is not another document in {ContentLayout.DocumentsFolder}/{hint.En}");
        return false;
    }
}
