namespace InfoBladPublisher.Diagnostics;

/// <summary>What a code means, once: its id, a title in Dutch and English for the docs and tools, and its severity (Roslyn's shape).</summary>
public sealed record DiagnosticDescriptor(string Id, string TitleNl, string Title, Severity Severity)
{
    /// <summary>Where the editors' guide explains the code, relative to the repository root.</summary>
    public string HelpLink => $"docs/editors-guide.md#{Id.ToLowerInvariant()}";

    public string TitleIn(Language language) => language == Language.En ? Title : TitleNl;
}
