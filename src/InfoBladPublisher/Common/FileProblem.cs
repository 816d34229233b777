namespace InfoBladPublisher.Common;

/// <summary>Why a confined read gave nothing; each maps to its own diagnostic.</summary>
internal enum FileProblem
{
    None,
    Missing,
    Outside,
    TooLarge,
    Unreadable,
}
