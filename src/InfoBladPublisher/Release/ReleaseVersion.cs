using System.Text.RegularExpressions;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Release;

/// <summary>
/// A release version names a folder directly under the output folder: never empty, never a path, never
/// hidden, so no version can write or replace anything else.
/// </summary>
internal static partial class ReleaseVersion
{
    public const int MaxLength = 64;

    public static readonly SourcePosition Option = new("--release-version", 1, 1);

    /// <summary>Names that read as the internal build's: a public release may not carry one.</summary>
    private static readonly string[] Reserved = ["intern", "internal"];

    public static bool Check(string version, DiagnosticBag diagnostics)
    {
        if (Reserved.Contains(version, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticCodes.BadReleaseVersion, Option, $"'{version}' is gereserveerd: het is de naam van de interne build, die met --intern in een eigen map wordt gemaakt; kies een andere versie", $"'{version}' is reserved: it names the internal build, which is made with --intern into a folder of its own; choose another version");
            return false;
        }

        if (version.Length is 0 or > MaxLength || !Pattern().IsMatch(version) || version.Contains(ReleaseWriter.RetiredInfix, StringComparison.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.BadReleaseVersion, Option,
                $"'{(version.Length > 40 ? version[..40] + "…" : version)}' is geen releaseversie: gebruik 1 tot {MaxLength} letters, cijfers, '.', '_', '+' of '-', te beginnen met een letter of cijfer (bijvoorbeeld 2024.06 of v1.2.0)",
                $"'{(version.Length > 40 ? version[..40] + "…" : version)}' is not a release version: use 1 to {MaxLength} letters, digits, '.', '_', '+' or '-', starting with a letter or digit (for example 2024.06 or v1.2.0)");
            return false;
        }

        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._+-]*$")]
    private static partial Regex Pattern();
}
