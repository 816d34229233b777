namespace InfoBladPublisher.Diagnostics;

/// <summary>One problem in user content (YAML, Markdown, data, templates) or in rendering.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourcePosition Position, string Message)
{
    public static Diagnostic Error(string code, SourcePosition position, string message) =>
        new(Severity.Error, code, position, message);

    public static Diagnostic Warning(string code, SourcePosition position, string message) =>
        new(Severity.Warning, code, position, message);

    /// <summary>The compiler-style line editors and IDEs understand: <c>file:line:col: error CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Position}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
