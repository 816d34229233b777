using InfoBladPublisher.Data;
using InfoBladPublisher.Markdown.Footnotes;
using InfoBladPublisher.Markdown.Headings;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown;

/// <summary>A document's Markdown after parsing and checking: ready to render for either medium.</summary>
/// <param name="Datasets">The datasets its figures use, for the release manifest.</param>
internal sealed record ParsedBody(MarkdownDocument Syntax, FootnoteTable Footnotes, HeadingNumbers Headings, IReadOnlyList<Dataset> Datasets);
