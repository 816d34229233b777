using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Layout.Rules;

/// <summary>One rule a reader relies on, checked on every page of every published document.</summary>
internal interface ILayoutRule
{
    void Check(LayoutFacts facts, LayoutContext context, DiagnosticBag diagnostics);
}
