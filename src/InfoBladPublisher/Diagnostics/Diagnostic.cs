namespace InfoBladPublisher.Diagnostics;

/// <summary>One problem in user content (YAML, Markdown, data, templates) or in rendering, worded in Dutch and English.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourcePosition Position, Wording Wording)
{
    /// <summary>A diagnostic with its code's own severity.</summary>
    public static Diagnostic Create(string code, SourcePosition position, string nl, string en) =>
        new(DiagnosticCodes.Describe(code).Severity, code, position, new Wording(nl, en));

    /// <summary>The English message: what logs, tests and the English mode read.</summary>
    public string Message => Wording.En;

    /// <summary>The message in the run's language.</summary>
    public string MessageIn(Language language) => Wording.In(language);

    /// <summary>The compiler-style line editors and IDEs understand: <c>file:line:col: error CODE: message</c>.</summary>
    /// The form, the severity word and the code stay the same in every language, so problem matchers keep working.
    /// Anything quoted from content is escaped, so one diagnostic is always one harmless line (<see cref="PrintableText"/>).
    public string Format(Language language) =>
        PrintableText.Escape($"{Position}: {Severity.Word()} {Code}: {MessageIn(language)}");

    public override string ToString() => Format(Language.En);
}
