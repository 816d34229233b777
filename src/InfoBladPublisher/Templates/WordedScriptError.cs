using InfoBladPublisher.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace InfoBladPublisher.Templates;

/// <summary>
/// A template error of our own (a partial that cannot be loaded), worded in Dutch and English where it is thrown;
/// Scriban carries it as any runtime error, and <see cref="TemplateSet.Render"/> reports its wording.
/// </summary>
internal sealed class WordedScriptError(SourceSpan span, Wording wording) : ScriptRuntimeException(span, wording.En)
{
    public Wording Wording { get; } = wording;
}
