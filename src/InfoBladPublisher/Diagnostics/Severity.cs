namespace InfoBladPublisher.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
