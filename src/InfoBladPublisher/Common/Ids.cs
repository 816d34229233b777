using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Common;

/// <summary>
/// Folder and file names that become ids (documents, organisations, datasets) and so output file names and
/// URLs: letters, digits, '-' and '_', at most <see cref="Limits.IdLength"/> characters.
/// </summary>
internal static partial class Ids
{
    /// <returns>True when valid; otherwise the problem is reported at <paramref name="at"/>.</returns>
    /// <param name="what">The kind of id, as it is named in front of "id": ("document", "document"), ("organisatie", "organisation"), ("dataset", "dataset").</param>
    public static bool Check(string id, Wording what, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (id.Length > Limits.IdLength)
        {
            diagnostics.Report(DiagnosticCodes.OverLimit, at, $"de {what.Nl}-id '{id[..20]}…' is {id.Length} tekens lang; de grens is {Limits.IdLength} (de id wordt een bestandsnaam)", $"the {what.En} id '{id[..20]}…' is {id.Length} characters; the limit is {Limits.IdLength} (it becomes a file name)");
            return false;
        }

        // Before the pattern's general refusal: these are Windows's own rules, and the editor should know why.
        if (id.Length > 0 && id[^1] is '.' or ' ')
        {
            var (endNl, end) = id[^1] == '.' ? ("een punt", "a dot") : ("een spatie", "a space");
            diagnostics.Report(DiagnosticCodes.InvalidValue, at, $"de {what.Nl}-id '{id}' eindigt op {endNl}, die Windows weglaat uit een bestandsnaam, dus '{id.TrimEnd('.', ' ')}' en '{id}' zouden daar één bestand zijn; verwijder die", $"the {what.En} id '{id}' ends in {end}, which Windows drops from a file name, so '{id.TrimEnd('.', ' ')}' and '{id}' would be one file there; remove it");
            return false;
        }

        if (WindowsReserved().IsMatch(id))
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, at, $"de {what.Nl}-id '{id}' is een naam die Windows reserveert voor een apparaat (CON, PRN, AUX, NUL, COM1–9, LPT1–9, ook met een extensie): een release met '{id}.pdf' kan daar niet worden uitgecheckt; kies een andere naam", $"the {what.En} id '{id}' is a name Windows reserves for a device (CON, PRN, AUX, NUL, COM1–9, LPT1–9, also with an extension): a release with '{id}.pdf' could not be checked out there; choose another name");
            return false;
        }

        if (!Pattern().IsMatch(id))
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, at, $"de {what.Nl}-id '{id}' mag alleen letters, cijfers, '-' en '_' bevatten en moet beginnen met een letter of cijfer (de id wordt een bestandsnaam en een URL)", $"the {what.En} id '{id}' may hold only letters, digits, '-' and '_', starting with a letter or digit (it becomes a file name and a URL)");
            return false;
        }

        return true;
    }


    /// <summary>Device names Windows refuses as a file name, in any case, alone or with an extension ('nul.nota').</summary>
    [GeneratedRegex(@"^(?:CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(?:\..*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WindowsReserved();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex Pattern();
}
