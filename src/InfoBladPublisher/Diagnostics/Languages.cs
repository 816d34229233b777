namespace InfoBladPublisher.Diagnostics;

/// <summary>How a run picks its language: <c>--lang</c>, else <see cref="EnvironmentVariable"/>, else Dutch.</summary>
public static class Languages
{
    /// <summary>The setting a CI or a shell profile uses instead of <c>--lang</c> on every command.</summary>
    public const string EnvironmentVariable = "INFOBLAD_LANG";

    public static readonly string[] Names = ["nl", "en"];

    /// <summary>A language name (<c>nl</c>, <c>en</c>, any case, a region such as <c>en-GB</c> allowed); null when it is neither.</summary>
    public static Language? Parse(string? name)
    {
        var tag = name?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return tag switch
        {
            "nl" => Language.Nl,
            "en" => Language.En,
            _ => null,
        };
    }

    /// <summary>The language of a run without <c>--lang</c>: the environment's setting, else Dutch.</summary>
    public static Language FromEnvironment() =>
        Parse(Environment.GetEnvironmentVariable(EnvironmentVariable)) ?? Language.Nl;
}
