using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// The one link policy, for the body and the notes alike, inline or by reference: a link goes to the web
/// (absolute http or https with a host), to an address (mailto: with an @), or with <c>doc:id</c> to another
/// document of the release. A relative path, a query or an empty target would be a dangling link on the web
/// page and an invented URI in the PDF. Images must be local, because rendering runs with the network off.
/// </summary>
internal static class LinkPolicy
{
    private const string Allowed = "only https://…, http://…, mailto: and doc: links are allowed";
    private const string AllowedNl = "alleen links met https://…, http://…, mailto: en doc: zijn toegestaan";

    /// <param name="positionOf">Where a link stands in the user's file (YAML notes report at their value).</param>
    public static void Check(MarkdownDocument syntax, Func<MarkdownObject, SourcePosition> positionOf, IReadOnlySet<string> documentIds, DiagnosticBag diagnostics)
    {
        // <scheme:…> autolinks are links too: without this check <javascript:…> would become a live link.
        foreach (var autolink in syntax.Descendants<AutolinkInline>().Where(a => !a.IsEmail))
        {
            if (Problem(autolink.Url) is { } problem)
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, positionOf(autolink),
                    $"link '<{Snippet.Of(autolink.Url)}>' {problem.Nl}",
                    $"link '<{Snippet.Of(autolink.Url)}>' {problem.En}");
            }
        }

        var used = new HashSet<LinkReferenceDefinition>(ReferenceEqualityComparer.Instance);
        foreach (var link in syntax.Descendants<LinkInline>())
        {
            if (link.Reference is { } reference)
            {
                used.Add(reference);
            }

            var url = link.Url ?? string.Empty;
            var position = positionOf(link);
            if (DocumentLinks.TargetOf(url) is { } target)
            {
                if (!documentIds.Contains(target))
                {
                    var hint = DidYouMean.Tail(target, documentIds);
                    diagnostics.Report(DiagnosticCodes.UnknownDocumentLink, position,
                        $"link naar '{target}', maar dat is geen document van deze release (een eigen map onder content/documenten/){hint.Nl}",
                        $"link to '{target}', which is not a document of this release (a folder of its own under content/documenten/){hint.En}");
                }

                continue;
            }

            if (link.IsImage)
            {
                if (NamesAnotherHost(url) || Uri.TryCreate(url, UriKind.Absolute, out _) && !url.StartsWith('/'))
                {
                    diagnostics.Report(DiagnosticCodes.InvalidValue, position,
                        $"afbeelding '{Snippet.Of(url)}' staat op het web; zet het bestand onder content/ en verwijs ernaar met een relatief pad",
                        $"image '{Snippet.Of(url)}' is remote; put the file under content/ and refer to it by a relative path");
                }
            }
            else if (Problem(url) is { } problem)
            {
                var how = link.Reference is { } definition
                    ? new Wording($" (via de definitie op regel {positionOf(definition).Line})", $" (by its definition at line {positionOf(definition).Line})")
                    : new Wording(string.Empty, string.Empty);
                diagnostics.Report(DiagnosticCodes.InvalidValue, position,
                    $"link '{Snippet.Of(url)}'{how.Nl} {problem.Nl}",
                    $"link '{Snippet.Of(url)}'{how.En} {problem.En}");
            }
        }

        // A line such as "[Let op]: https://…" is read as a link definition and vanishes from the output.
        foreach (var definition in syntax.Descendants<LinkReferenceDefinition>().Where(d => d.GetType() == typeof(LinkReferenceDefinition) && !used.Contains(d)))
        {
            diagnostics.Report(DiagnosticCodes.UnusedLinkDefinition, positionOf(definition),
                $"'[{Snippet.Of(definition.Label)}]: …' wordt gelezen als een linkdefinitie die geen enkele link gebruikt, dus de regel wordt niet afgedrukt; gebruik de definitie als [tekst][{Snippet.Of(definition.Label)}], of schrijf de regel anders",
                $"'[{Snippet.Of(definition.Label)}]: …' is read as a link definition that no link uses, so the line is not printed; use it as [text][{Snippet.Of(definition.Label)}], or write the line differently");
        }
    }

    /// <summary>Protocol-relative: another host, without saying how; on a file:// page it would be a file share.</summary>
    private static bool NamesAnotherHost(string url) => url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith(@"\\", StringComparison.Ordinal);

    /// <summary>Why a link's target is refused, or null when it is allowed.</summary>
    private static Wording? Problem(string url)
    {
        if (url.Length == 0)
        {
            return new Wording("heeft geen adres; " + AllowedNl, "has no address; " + Allowed);
        }

        if (NamesAnotherHost(url))
        {
            return new Wording(
                $"noemt een andere host zonder schema; schrijf https://{url.TrimStart('/', '\\')}",
                $"names another host without a scheme; write https://{url.TrimStart('/', '\\')}");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || url.StartsWith('/') || url.Any(char.IsControl))
        {
            return new Wording(
                "is geen absoluut adres; " + AllowedNl + " (een link naar een ander document is doc:<de mapnaam van dat document>)",
                "is not an absolute address; " + Allowed + " (a link to another document is doc:<its folder name>)");
        }

        if (!LinkSchemes.IsAllowed(uri.Scheme))
        {
            return new Wording($"gebruikt het schema '{uri.Scheme}'; " + AllowedNl, $"uses the scheme '{uri.Scheme}'; " + Allowed);
        }

        if (uri.Scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase))
        {
            return url.Contains('@', StringComparison.Ordinal) ? null
                : new Wording("is geen e-mailadres (mailto: heeft een adres met een @ nodig)", "is not an e-mail address (mailto: needs one with an @)");
        }

        if (uri.Host.Length == 0 || !url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase))
        {
            return new Wording($"heeft geen host; schrijf {uri.Scheme}://host/…", $"has no host; write {uri.Scheme}://host/…");
        }

        // https://www.rijksoverheid.nl@elders.example leads to elders.example: a user name hides where a link goes.
        return uri.UserInfo.Length > 0
            ? new Wording(
                $"heeft een gebruikersnaam vóór '@' ({Snippet.Of(uri.UserInfo, 30)}@), die verbergt waar de link heen gaat; link naar {uri.Scheme}://{uri.Host}/… zelf",
                $"has a user name before '@' ({Snippet.Of(uri.UserInfo, 30)}@), which hides where it leads; link to {uri.Scheme}://{uri.Host}/… itself")
            : null;
    }
}
