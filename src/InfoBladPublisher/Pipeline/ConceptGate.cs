using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// A release publishes definitief documents only: a concept in it is an error at its status line, every concept
/// at once, unless the release is made with concepts allowed (<see cref="PublishOptions.Concepts"/>).
/// </summary>
internal static class ConceptGate
{
    public static bool Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var concepts = content.Documents.Where(d => d.Meta.IsConcept).ToList();
        foreach (var doc in concepts)
        {
            diagnostics.Report(DiagnosticCodes.ConceptInRelease, doc.Meta.StatusAt,
                $"'{doc.Id}' is een concept, en een release publiceert alleen definitieve documenten; zet status: definitief zodra het is goedgekeurd, of publiceer met --concepts (dotnet cake --concepts=true) om concepten toe te staan, elk met CONCEPT op elke pagina",
                $"'{doc.Id}' is a concept, and a release publishes only definitief documents; set status: definitief once it is approved, or publish with --concepts (dotnet cake --concepts=true) to allow concepts, each marked CONCEPT on every page");
        }

        return concepts.Count == 0;
    }
}
