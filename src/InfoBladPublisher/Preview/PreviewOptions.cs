namespace InfoBladPublisher.Preview;

/// <param name="Port">On 127.0.0.1 only.</param>
public sealed record PreviewOptions(string ContentRoot, string TemplateRoot, string NodeModules, int Port);
