using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>A resolved note: its number in order of first citation and its text as inline HTML for each medium
/// (they differ only in where <c>doc:</c> links point).</summary>
public sealed record Footnote(int Number, string Label, string Html, string PrintHtml, SourcePosition DefinedAt);
