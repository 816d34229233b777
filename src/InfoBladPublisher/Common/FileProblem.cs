namespace InfoBladPublisher.Common;

/// <summary>Why a confined read gave nothing; each maps to its own diagnostic.</summary>
public enum FileProblem
{
    None,
    Missing,
    Outside,
    TooLarge,
    Unreadable,
}
