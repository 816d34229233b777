namespace InfoBladPublisher.Redaction;

/// <summary>Which build a marked passage is rendered for.</summary>
public enum RedactionMode
{
    /// <summary>The release: every marked passage is replaced by a bar before the text is parsed, so it reaches no output.</summary>
    Public,

    /// <summary>The internal build (<c>--intern</c>): passages are shown, highlighted with their ground, on pages marked INTERN.</summary>
    Intern,
}
