using InfoBladPublisher.Content;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Validation;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// Links may point to the web or, with <c>doc:id</c>, to another document of the release; images must be
/// local, because rendering runs with the network off.
/// </summary>
internal static class LinkPolicy
{
    /// <param name="positionOf">Where a link stands in the user's file (YAML notes report at their value).</param>
    public static void Check(MarkdownDocument syntax, Func<Inline, SourcePosition> positionOf, IReadOnlySet<string> documentIds, DiagnosticBag diagnostics)
    {
        // <scheme:…> autolinks are links too: without this check <javascript:…> would become a live link.
        foreach (var autolink in syntax.Descendants<AutolinkInline>().Where(a => !a.IsEmail))
        {
            var scheme = autolink.Url.Split(':', 2)[0];
            if (!LinkSchemes.IsAllowed(scheme) || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase) && !autolink.Url.Contains('@', StringComparison.Ordinal))
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, positionOf(autolink), $"link '<{autolink.Url}>' uses the scheme '{scheme}'; only http, https, mailto and doc: links are allowed");
            }
        }

        foreach (var link in syntax.Descendants<LinkInline>())
        {
            var url = link.Url ?? string.Empty;
            var position = positionOf(link);
            if (DocumentLinks.TargetOf(url) is { } target)
            {
                if (!documentIds.Contains(target))
                {
                    var hint = DidYouMean.Hint(target, documentIds);
                    diagnostics.Report(DiagnosticCodes.UnknownDocumentLink, position, $"link to '{target}', which is not a document in {ContentLayout.DocumentsFolder}/{hint}");
                }

                continue;
            }

            if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith(@"\\", StringComparison.Ordinal))
            {
                // Protocol-relative: another host, without saying how; on a file:// page it would be a file share.
                diagnostics.Report(DiagnosticCodes.InvalidValue, position, $"'{url}' names another host without a scheme; write https://{url.TrimStart('/', '\\')}");
                continue;
            }

            var hasScheme = Uri.TryCreate(url, UriKind.Absolute, out var uri) && !url.StartsWith('/');
            if (link.IsImage && hasScheme)
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, position, $"image '{url}' is remote; put the file under content/ and refer to it by a relative path");
            }
            else if (!link.IsImage && hasScheme && !LinkSchemes.IsAllowed(uri!.Scheme))
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, position, $"link '{url}' uses the scheme '{uri.Scheme}'; only http, https, mailto and doc: links are allowed");
            }
        }
    }
}
