using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;

namespace InfoBladPublisher.Tests.Support;

/// <summary>A small valid content set that a test changes one file of, then checks with the real templates.</summary>
internal sealed class ContentTree : IDisposable
{
    /// <summary>A sender with its TOOI id, so its documents are listed for the Woo-index as a real sender's are.</summary>
    /// <remarks>As many lines as <see cref="OrganisationWithoutTooi"/>, so tests that append a key know its line.</remarks>
    public const string Organisation = """
        ministerie: Ministerie van Voorbeeldzaken
        onderdeel: Directoraat-Generaal Proef
        directie:
          - Directie Testen
        bezoekadres: [Voorbeeldstraat 1, 1234 AB Den Haag]
        # the publisher in the Woo-index
        tooi: https://identifier.overheid.nl/tooi/id/ministerie/mnre1034
        website: www.example.org
        """;

    public const string OrganisationWithoutTooi = """
        ministerie: Ministerie van Voorbeeldzaken
        onderdeel: Directoraat-Generaal Proef
        directie:
          - Directie Testen
        bezoekadres:
          - Voorbeeldstraat 1
          - 1234 AB Den Haag
        website: www.example.org
        """;

    /// <summary>A nota's metadata with no notes of its own.</summary>
    public const string NotaYamlWithoutNotes = """
        type: nota
        titel: Een proefnota
        datum: 2024-06-07
        kenmerk: "123"
        afzender: proef
        aan: De minister
        status: definitief

        """;

    public const string NotaYaml = NotaYamlWithoutNotes + """
        voetnoten:
          bron: <https://example.org/bron>
        """;

    public const string NotaBody = """
        # Aanleiding

        Tekst met een noot.[^bron]

        # Besluit

        Nog een zin met een tweede noot.[^eigen]

        [^eigen]: Een noot in de Markdown.
        """;

    /// <summary>A dataset 'jaar' → 'aantal' (of the given column type), for tests that need one.</summary>
    public static string DatasetYaml(string versie = "1", string type = "geheel") => $"""
        titel: Cijfers
        bron: Proef
        peildatum: 2024-01-01
        versie: "{versie}"
        eenheid: aantal
        sleutel: jaar
        kolommen:
          - naam: jaar
            titel: Jaar
            type: tekst
            definitie: Kalenderjaar.
          - naam: aantal
            titel: Aantal
            type: {type}
            definitie: Een aantal.
        """;

    private readonly TempTree _tree = new();

    public ContentTree()
    {
        _tree.Write("content/organisaties/proef.yml", Organisation);
        Nota(NotaYaml, NotaBody);
    }

    public string ContentRoot => _tree.PathOf("content");

    public string Root => _tree.Root;

    public ContentTree Nota(string yaml, string body, string id = "nota") =>
        Write($"content/documenten/{id}/document.yml", yaml).Write($"content/documenten/{id}/tekst.md", body);

    public ContentTree Write(string relative, string text)
    {
        _tree.Write(relative, text);
        return this;
    }

    /// <summary>A copy of the real templates beside the content, for a test to change one file of.</summary>
    public string CopyOfTemplates()
    {
        _tree.CopyFrom(RepoPaths.Templates, "templates");
        return _tree.PathOf("templates");
    }

    /// <summary>How diagnostics show a content file.</summary>
    public string DisplayOf(string relative) => Path.Combine(Workspace.Display(ContentRoot), relative).Replace('\\', '/');

    /// <summary>Runs load, validation and HTML rendering, as 'infoblad check' does.</summary>
    public (HtmlStage.Output? Output, IReadOnlyList<Diagnostic> Diagnostics) Check(string? templates = null)
    {
        var bag = new DiagnosticBag();
        var output = CheckPipeline.Render(ContentRoot, templates ?? RepoPaths.Templates, RepoPaths.NodeModules, bag);
        return (output, bag.ToSortedList());
    }

    public void Dispose() => _tree.Dispose();
}
