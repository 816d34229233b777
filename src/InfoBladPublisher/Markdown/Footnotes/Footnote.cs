using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>A resolved note: its number in order of first citation and its text as inline HTML.</summary>
public sealed record Footnote(int Number, string Label, string Html, SourcePosition DefinedAt);
