using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Publishing.DiWoo;
using InfoBladPublisher.Publishing.Feed;

namespace InfoBladPublisher.Publishing;

/// <summary>
/// The files a public release carries beside its documents, made from one list of its public documents: the
/// Atom feed, and robots.txt with the DiWoo sitemaps for the Woo-index. An internal build gets none (the
/// caller's rule).
/// </summary>
/// <summary>A file of the release beside its documents, with its format as the manifest names it.</summary>
internal sealed record SiteFile(string Path, string Format, byte[] Content);

internal static class SiteFiles
{
    /// <summary>Stands in for the site's address when the release was given none: it can never resolve (RFC 2606).</summary>
    public const string PlaceholderBase = "https://basis-url-ontbreekt.invalid/";

    /// <param name="baseUrl">Where the release will be online, ending in '/'; null writes <see cref="PlaceholderBase"/> (the publish says so).</param>
    /// <param name="at">Where a warning points: the releases folder.</param>
    public static IReadOnlyList<SiteFile> Write(IReadOnlyList<Document> documents, string? baseUrl, string version, SourcePosition at, DiagnosticBag diagnostics)
    {
        var entries = PublicDocument.Of(documents);
        if (entries.Count == 0)
        {
            return [];
        }

        var site = baseUrl ?? PlaceholderBase;
        return [new SiteFile(AtomFeed.File, "atom", AtomFeed.Write(entries, site, version)), .. DiwooSitemaps.Write(entries, site, at, diagnostics)];
    }
}
