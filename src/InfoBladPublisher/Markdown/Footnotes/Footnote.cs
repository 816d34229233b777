using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>A resolved note: its number in order of first citation and its parsed text. The text becomes HTML
/// when the body is rendered, per medium (they differ in where <c>doc:</c> links point).</summary>
internal sealed record Footnote(int Number, string Label, MarkdownObject Text, SourcePosition DefinedAt);
