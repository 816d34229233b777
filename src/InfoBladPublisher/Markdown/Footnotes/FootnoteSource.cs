using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>Where a note's text came from (a [^id]: block in the text, or a YAML <c>voetnoten</c> entry), and its parsed Markdown.</summary>
internal sealed record FootnoteSource(string Label, SourcePosition Position, MarkdownObject Syntax);
