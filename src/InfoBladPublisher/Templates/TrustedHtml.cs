namespace InfoBladPublisher.Templates;

/// <summary>HTML we produced ourselves (rendered Markdown, partials, asset tags). The only thing written unescaped.</summary>
internal sealed class TrustedHtml
{
    public TrustedHtml(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;
}
