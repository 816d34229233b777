namespace InfoBladPublisher.Diagnostics;

public static class SeverityWords
{
    /// <summary>The word a printed diagnostic carries: error, warning or info.</summary>
    public static string Word(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
