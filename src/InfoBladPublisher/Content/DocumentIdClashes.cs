using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Content;

/// <summary>
/// A document's id names its files in the release (ID.pdf, ID.html): it may not be a name the release itself
/// uses, nor differ from another only in case, which Windows and macOS would make one file when the release
/// is unpacked there.
/// </summary>
internal static class DocumentIdClashes
{
    /// <summary>The release's own index.html.</summary>
    public const string Reserved = "index";

    /// <param name="taken">The ids seen so far, compared without case; this one is added when free.</param>
    /// <returns>True when free; otherwise the clash is reported at <paramref name="at"/>.</returns>
    public static bool Free(string id, Dictionary<string, string> taken, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (string.Equals(id, Reserved, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, at, $"de document-id '{id}' zou de eigen {Reserved}.html van de release overschrijven; geef de map een andere naam", $"the document id '{id}' would overwrite the release's own {Reserved}.html; give the folder another name");
            return false;
        }

        if (!taken.TryAdd(id, id))
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, at, $"de document-id's '{taken[id]}' en '{id}' verschillen alleen in hoofdletters en kleine letters; op Windows en macOS worden hun bestanden één en hetzelfde bestand; geef een van de mappen een andere naam", $"the document ids '{taken[id]}' and '{id}' differ only in case; on Windows and macOS their files would be one and the same; rename one of the folders");
            return false;
        }

        return true;
    }
}
