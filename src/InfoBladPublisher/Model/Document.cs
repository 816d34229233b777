using InfoBladPublisher.Markdown;

namespace InfoBladPublisher.Model;

/// <summary>A document ready to render: metadata bound, sender resolved, Markdown parsed and checked.</summary>
internal sealed record Document(string Id, DocumentMetadata Meta, Organisation Afzender, ParsedBody Body);
