using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>Where a note's text came from: a Markdown block, or a YAML <c>voetnoten</c> entry (Markdown inline text).</summary>
internal sealed record FootnoteSource(string Label, SourcePosition Position, FootnoteDefinition? Block, string? YamlText);
