using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Redaction;

/// <summary>One marked passage: where it opens, its ground, and whether it is whole blocks (marks on lines of their own).</summary>
public sealed record Marking(SourcePosition Position, WooGround Ground, bool Block);
