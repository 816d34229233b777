using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Redaction;
using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Content;

/// <summary>geaccordeerd_door and geaccordeerd_op: both or neither, never withheld, and not on a concept.</summary>
internal static class ApprovalRules
{
    public static Approval? Read(FieldValues values, DiagnosticBag diagnostics)
    {
        var door = values.Text(K.GeaccordeerdDoor);
        var op = values.Date(K.GeaccordeerdOp);
        if (door is not null && RedactionMarks.HasMark(door))
        {
            // It goes into the manifest and the index as written, so a withheld name would be published.
            diagnostics.Report(DiagnosticCodes.BadRedaction, values.PositionOf(K.GeaccordeerdDoor), $"'{K.GeaccordeerdDoor}' kan niet worden gelakt: het manifest legt het vast zoals het er staat. Noem de functie die het heeft geaccordeerd (zoals 'DG Migratie'), geen persoon", $"'{K.GeaccordeerdDoor}' cannot be withheld: the manifest records it as written. Name the function that approved it (such as 'DG Migratie'), not a person");
            return null;
        }

        if (door is null && op is null)
        {
            return null;
        }

        if (door is null || op is null)
        {
            var (given, missing) = door is null ? (K.GeaccordeerdOp, K.GeaccordeerdDoor) : (K.GeaccordeerdDoor, K.GeaccordeerdOp);
            if (!values.Has(missing))
            {
                diagnostics.Report(DiagnosticCodes.ApprovalIncomplete, values.PositionOf(given), $"'{given}' zonder '{missing}': een accordering zegt wie en wanneer; voeg {missing}: {(missing == K.GeaccordeerdOp ? "JJJJ-MM-DD" : "'DG Migratie'")} toe, of verwijder {given}", $"'{given}' without '{missing}': an approval says who and when; add {missing}: {(missing == K.GeaccordeerdOp ? "YYYY-MM-DD" : "'DG Migratie'")}, or remove {given}");
            }

            return null;
        }

        if (values.Text(K.Status) == "concept")
        {
            diagnostics.Report(DiagnosticCodes.ApprovedConcept, values.PositionOf(K.Status), $"het document is geaccordeerd ({K.GeaccordeerdDoor}: {door}, {K.GeaccordeerdOp}: {op:yyyy-MM-dd}) maar de status is nog concept; zet status: definitief, of verwijder de accordering tot die is gegeven", $"the document was approved ({K.GeaccordeerdDoor}: {door}, {K.GeaccordeerdOp}: {op:yyyy-MM-dd}) but its status is still concept; set status: definitief, or remove the approval until it is given");
        }

        return new Approval(door, op.Value);
    }
}
