using System.Net;
using Scriban;
using Scriban.Parsing;

namespace InfoBladPublisher.Templates;

/// <summary>Every value a template writes is HTML-escaped, unless it is <see cref="TrustedHtml"/>.</summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Value);
                return this;
            default:
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
                return this;
        }
    }
}
