namespace InfoBladPublisher.Publishing;

/// <summary>The address a release will have online, as the sitemaps and the feed write it: absolute, ending in '/'.</summary>
internal static class SiteAddress
{
    /// <returns>The address ending in '/', or null when it is not an http(s) address without query, fragment or user.</returns>
    public static string? Normalise(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0 || uri.Host.Length == 0)
        {
            return null;
        }

        var address = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        return address.EndsWith('/') ? address : address + "/";
    }

    /// <summary>Where a document's file of the release is online: one rule for the sitemaps and the feed.</summary>
    public static string FileOf(string site, string id, string extension) => site + Uri.EscapeDataString(id) + extension;
}
