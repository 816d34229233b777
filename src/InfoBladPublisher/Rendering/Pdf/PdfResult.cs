namespace InfoBladPublisher.Rendering.Pdf;

/// <param name="Pdf">The PDF/UA-1 file.</param>
/// <param name="Archive">The PDF/A-2a copy of the same layout, for archives.</param>
internal sealed record PdfResult(byte[] Pdf, byte[] Archive, int PageCount, TimeSpan Elapsed)
{
    /// <summary>What Typst said about the document (errors stop it; warnings are kept for the gate's report).</summary>
    public IReadOnlyList<EngineMessage> Messages { get; init; } = [];

    /// <summary>The body column the layout declares (its <c>&lt;kolom&gt;</c> metadata), for the gate.</summary>
    public Layout.PageColumn? Column { get; init; }

    /// <summary>The page furniture the layout declares (its <c>&lt;meubilair&gt;</c> metadata), for the gate.</summary>
    public IReadOnlyList<Layout.FurnitureArea> Furniture { get; init; } = [];

    /// <summary>Pages the layout ended early because a repair asked it to (<see cref="Layout.LayoutRepairs"/>).</summary>
    public IReadOnlyList<int> EndedPages { get; init; } = [];

    /// <summary>Where each note and its call landed, as Typst reports it; null when the layout does not say.</summary>
    public IReadOnlyList<Layout.NotePlace>? NotePlaces { get; init; }

    /// <summary>Each table body row's first page, from the engine's introspection; null when the layout does not report them.</summary>
    public IReadOnlyList<Layout.TableRowPlace>? TableRowPlaces { get; init; }

    /// <summary>Where everything landed on the pages, read back from the PDF for the layout gate.</summary>
    public Layout.LayoutFacts Layout { get; init; } = new([]);

    /// <summary>The Woo bars on its pages, for the release's redaction inventory.</summary>
    public IReadOnlyList<RedactionLocation> Redactions { get; init; } = [];

    /// <summary>Taken from the cache: rendered and passed by the gate in an earlier run, with the same inputs.</summary>
    public bool FromCache { get; init; }

    /// <summary>Where the PDFs are kept once they passed the gate: <see cref="Pdf"/> and <see cref="Archive"/> are then empty.</summary>
    public StoredPdf? Stored { get; init; }

    /// <summary>How many times the document was laid out: more than once when the gate asked for repairs.</summary>
    public int Passes { get; init; } = 1;

    /// <summary>Where the render time went, phase by phase; empty for a cached PDF.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Profile { get; init; } = [];

    /// <summary>Whether the engine refused the document; <see cref="Messages"/> say why.</summary>
    public bool Failed => Pdf.Length == 0 && Archive.Length == 0 && Stored is null && !LaidOut;

    /// <summary>Laid out without an export (its facts asked for first): not a failure though it carries no PDF.</summary>
    public bool LaidOut { get; init; }
}

/// <summary>One message of the engine, at a file in the Typst root (empty when it names none).</summary>
/// <param name="Standard">The PDF standard whose check refused the document, for an export error.</param>
internal sealed record EngineMessage(string Severity, string Message, string Path, int Line, int Column, IReadOnlyList<string> Hints, string? Standard);
