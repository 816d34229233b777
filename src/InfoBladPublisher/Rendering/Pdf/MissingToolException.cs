namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>The machine lacks what an engine needs (Node.js, the npm packages): not the content's fault, so the run stops before any document.</summary>
/// <param name="tool">The path that was looked for.</param>
internal sealed class MissingToolException(string tool, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Tool { get; } = tool;
}
