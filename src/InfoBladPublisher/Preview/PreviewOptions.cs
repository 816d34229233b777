namespace InfoBladPublisher.Preview;

/// <param name="Port">On the loopback names only (<see cref="LoopbackHosts"/>).</param>
public sealed record PreviewOptions(string ContentRoot, string TemplateRoot, string NodeModules, int Port);
