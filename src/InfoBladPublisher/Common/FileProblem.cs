namespace InfoBladPublisher.Common;

/// <summary>Why a confined read gave nothing; each maps to its own diagnostic.</summary>
internal enum FileProblem
{
    None,
    Missing,
    Outside,
    TooLarge,
    Unreadable,

    /// <summary>A FIFO, socket or device: opening one can block, or stream without end.</summary>
    NotAFile,
}
