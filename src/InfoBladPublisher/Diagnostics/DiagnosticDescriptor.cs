namespace InfoBladPublisher.Diagnostics;

/// <summary>What a code means, once: its id, a title for the docs and tools, and its severity (Roslyn's shape).</summary>
public sealed record DiagnosticDescriptor(string Id, string Title, Severity Severity);
