using InfoBladPublisher.Redaction;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Redaction;

/// <summary>What <see cref="RedactionMarks"/> left in the text: a bar (public), or the start or end of a highlighted passage (intern).</summary>
internal enum RedactionTokenKind
{
    Bar,
    BlockBar,
    InternStart,
    InternEnd,
    InternBlockStart,
    InternBlockEnd,
}

internal sealed class RedactionToken(RedactionTokenKind kind, WooGround? ground) : LeafInline
{
    public RedactionTokenKind Kind { get; } = kind;

    /// <summary>Null only for the end of an inline passage, whose ground its start carries.</summary>
    public WooGround? Ground { get; } = ground;
}
