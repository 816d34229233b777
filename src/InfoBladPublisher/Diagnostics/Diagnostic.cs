namespace InfoBladPublisher.Diagnostics;

/// <summary>One problem in user content (YAML, Markdown, data, templates) or in rendering.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourcePosition Position, string Message)
{
    /// <summary>A diagnostic with its code's own severity.</summary>
    public static Diagnostic Create(string code, SourcePosition position, string message) =>
        new(DiagnosticCodes.Describe(code).Severity, code, position, message);

    /// <summary>The compiler-style line editors and IDEs understand: <c>file:line:col: error CODE: message</c>.</summary>
    /// Anything quoted from content is escaped, so one diagnostic is always one harmless line (<see cref="PrintableText"/>).
    public override string ToString() =>
        PrintableText.Escape($"{Position}: {Severity.Word()} {Code}: {Message}");
}
