using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown;

/// <summary>Links may point to the web; images must be local, because rendering runs with the network off.</summary>
internal static class LinkPolicy
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    public static void Check(MarkdownDocument body, string bodyPath, DiagnosticBag diagnostics)
    {
        foreach (var link in body.Descendants<LinkInline>())
        {
            var url = link.Url ?? string.Empty;
            var position = new SourcePosition(bodyPath, link.Line + 1, link.Column + 1);
            var hasScheme = Uri.TryCreate(url, UriKind.Absolute, out var uri) && !url.StartsWith('/');
            if (link.IsImage && hasScheme)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, position, $"image '{url}' is remote; put the file under content/ and refer to it by a relative path");
            }
            else if (!link.IsImage && hasScheme && !LinkSchemes.Contains(uri!.Scheme, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, position, $"link '{url}' uses the scheme '{uri.Scheme}'; only http, https and mailto links are allowed");
            }
        }
    }
}
