namespace InfoBladPublisher.Rendering.Pdf;

/// <param name="NodeModules">Where npm ci put the engine and the fonts.</param>
/// <param name="Timeout">How long one document may take before its worker is killed.</param>
public sealed record EngineOptions(string NodeModules, TimeSpan Timeout)
{
    /// <summary>The node executable that runs the worker.</summary>
    public string Node { get; init; } = "node";
}
