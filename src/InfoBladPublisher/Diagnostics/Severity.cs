namespace InfoBladPublisher.Diagnostics;

public enum Severity
{
    Warning,
    Error,

    /// <summary>Not a problem: what a run left out and why (a check skipped because an error before it makes it meaningless).</summary>
    Info,
}
