namespace InfoBladPublisher.Model;

/// <summary>The checked metadata of one document, as the editor wrote it in document.yml.</summary>
internal sealed record DocumentMetadata(
    DocumentType Type,
    string Titel,
    DateOnly Datum,
    string? Kenmerk,
    string AfzenderId,
    string Status,
    bool Nummering)
{
    /// <summary>The values of the type's own keys (<see cref="DocumentType"/>), by key, for the layout.</summary>
    public IReadOnlyDictionary<string, object?> Own { get; init; } = new Dictionary<string, object?>();

    /// <summary>Every Woo marking of the document (text, notes and fields), in the order written; never their text.</summary>
    public IReadOnlyList<Redaction.Marking> Redactions { get; init; } = [];

    /// <summary>Who approved it and when, if the document says so.</summary>
    public Approval? Accordering { get; init; }

    /// <summary>Where document.yml says status, for the release's refusal of a concept.</summary>
    public Diagnostics.SourcePosition StatusAt { get; init; }

    /// <summary>Where the titel is written, for what is wrong with it after loading (a word too wide to print).</summary>
    public Diagnostics.SourcePosition TitelAt { get; init; }

    public bool IsConcept => Status == "concept";

    /// <summary>The Woo information category document.yml names; null: the type's default (a bijlage: its main document's).</summary>
    public TooiTerm? Informatiecategorie { get; init; }

    /// <summary>The TOOI document kind document.yml names; null: the type's default.</summary>
    public TooiTerm? Documentsoort { get; init; }

    /// <summary>The editor's summary, with its Woo marks applied; null: the first paragraph stands in.</summary>
    public string? Samenvatting { get; init; }

    /// <summary>Other documents this one refers to (checked to exist once all are loaded), with where it says so.</summary>
    public IReadOnlyList<string> VerwijstNaar { get; init; } = [];

    public Diagnostics.SourcePosition VerwijstNaarAt { get; init; }

    /// <summary>A bijlage's main document, checked to exist once all documents are loaded.</summary>
    public string? Hoofddocument => Own.GetValueOrDefault(MetadataKeys.Hoofddocument) as string;
}
