namespace InfoBladPublisher.Preview;

/// <param name="Port">On the loopback names only (<see cref="LoopbackHosts"/>).</param>
public sealed record PreviewOptions(string ContentRoot, string TemplateRoot, string NodeModules, int Port)
{
    /// <summary>The language of the server's own lines ("opnieuw opgebouwd …"): the CLI's --lang, else the environment's setting, else Dutch.</summary>
    public Diagnostics.Language Language { get; init; } = Diagnostics.Languages.FromEnvironment();
}
