using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Authoring;

/// <summary>
/// The short name <c>new</c> puts after the date: a plain name that is the end of the document's id, so that
/// an empty slug cannot give <c>2026-12-07-</c> and a path (<c>../x</c>, <c>a/b</c>) cannot reach another folder.
/// </summary>
internal static partial class Slugs
{
    public static bool Check(string slug, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            diagnostics.Report(DiagnosticCodes.BadSlug, at,
                "de slug is leeg; geef een korte naam, zoals woo-termijnen (de map wordt <datum van vandaag>-<slug>)",
                "the slug is empty; give a short name such as woo-termijnen (the folder becomes <today>-<slug>)");
            return false;
        }

        if (!Plain().IsMatch(slug))
        {
            diagnostics.Report(DiagnosticCodes.BadSlug, at,
                $"de slug '{slug}' is geen eenvoudige naam: gebruik letters, cijfers, '-' en '_', en begin en eindig met een letter of cijfer, zoals woo-termijnen (de slug wordt het einde van de mapnaam)",
                $"the slug '{slug}' is not a plain name: use letters, digits, '-' and '_', starting and ending with a letter or digit, such as woo-termijnen (it becomes the end of the folder name)");
            return false;
        }

        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$")]
    private static partial Regex Plain();
}
