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

    public static bool Check(string version, DiagnosticBag diagnostics)
    {
        if (version.Length is 0 or > MaxLength || !Pattern().IsMatch(version) || version.Contains(ReleaseWriter.RetiredInfix, StringComparison.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.BadReleaseVersion, Option,
                $"'{(version.Length > 40 ? version[..40] + "…" : version)}' is not a release version: use 1 to {MaxLength} letters, digits, '.', '_', '+' or '-', starting with a letter or digit (for example 2024.06 or v1.2.0)");
            return false;
        }

        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._+-]*$")]
    private static partial Regex Pattern();
}
