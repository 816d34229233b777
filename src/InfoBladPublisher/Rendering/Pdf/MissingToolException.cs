using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>The machine lacks what an engine needs (Node.js, the npm packages): not the content's fault, so the run stops before any document.</summary>
/// <param name="tool">The path that was looked for.</param>
/// <param name="nl">What is missing and what to do, in Dutch.</param>
/// <param name="en">The same in English (the exception's message).</param>
internal sealed class MissingToolException(string tool, string nl, string en, Exception? inner = null) : Exception(en, inner)
{
    public string Tool { get; } = tool;

    /// <summary>The message in Dutch and English, for the diagnostic that reports it.</summary>
    public Wording Wording { get; } = new(nl, en);
}
