using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Model;

/// <summary>
/// A document type, whole in one place: the name editors write (<c>type: nota</c>), the keys its
/// document.yml has besides the common ones, whether it needs a kenmerk, whether its sections are numbered by
/// default, and its layout (templates/layouts/&lt;name&gt;.sbn, which picks its stylesheet and colofon).
/// Adding a type is one entry in <see cref="All"/> plus its layout.
/// </summary>
internal sealed class DocumentType
{
    public static readonly DocumentType Nota = new("nota", "a nota", numberedByDefault: true, kenmerkRequired: true,
    [
        new(K.Aan, FieldKind.Text, Required: true, About: "To whom the nota is addressed"),
    ],
    "# Aanleiding\n\n[invullen: waarom deze nota er is]\n\n# Advies\n\n[invullen: wat u adviseert]\n")
    {
        // A nota to a minister is published of the government's own accord (art. 3.1 Woo), as a beslisnota.
        Informatiecategorie = Category("inspanningsverplichting art 3.1 Woo"),
        Documentsoort = Kind("beslisnota"),
    };

    public static readonly DocumentType Bijlage = new("bijlage", "a bijlage", numberedByDefault: false, kenmerkRequired: true,
    [
        new(K.BijlageNummer, FieldKind.WholeNumber, Required: true, About: "The number of this bijlage (Bijlage 1)"),
        new(K.HorendBij, FieldKind.Text, Required: true, About: "The document this bijlage belongs with, as printed on page 1"),
        new(K.Hoofddocument, FieldKind.Text, About: "The id of the main document in this content set, if it is one"),
        new(K.OnzeReferentie, FieldKind.Text, AllowEmpty: true, About: "Onze referentie on page 1; may be left empty on purpose (\"\")"),
        new(K.Contactpersoon, FieldKind.Text, AllowEmpty: true, About: "The contact person on page 1; may be left empty on purpose (\"\"); personal data is usually withheld with a Woo mark"),
    ],
    "[invullen: de tekst van de bijlage]\n")
    {
        // A bijlage falls in its main document's category; without one, art. 3.1.
        Informatiecategorie = Category("inspanningsverplichting art 3.1 Woo"),
    };

    // An informatieblad is a publication, not correspondence: it need not carry a kenmerk.
    public static readonly DocumentType Informatieblad = new("informatieblad", "an informatieblad", numberedByDefault: false, kenmerkRequired: false, [],
        "[invullen: een inleiding van twee of drie zinnen]\n\n# [invullen: eerste tussenkop]\n\n[invullen: tekst]\n")
    {
        Informatiecategorie = Category("inspanningsverplichting art 3.1 Woo"),
        Documentsoort = Kind("publicatie"),
    };

    /// <summary>A letter from a minister to the Tweede Kamer: addressee block with return address, Datum and
    /// Betreft, the colofon with optional Uw kenmerk and Bijlage(n), and a signature.</summary>
    public static readonly DocumentType Kamerbrief = new("kamerbrief", "a kamerbrief", numberedByDefault: false, kenmerkRequired: true,
    [
        new(K.Geadresseerde, FieldKind.TextList, Required: true, About: "The address block, one line per entry"),
        new(K.UwKenmerk, FieldKind.Text, About: "The addressee's reference (uw kenmerk)"),
        new(K.Bijlagen, FieldKind.Text, About: "The number of bijlagen, as printed in the colofon"),
        new(K.Ondertekening, FieldKind.TextList, Required: true, About: "The signature block, one line per entry"),
    ],
    "Geachte voorzitter,\n\n[invullen: de tekst van de brief]\n")
    {
        Informatiecategorie = Category("vergaderstukken Staten-Generaal"),
        Documentsoort = Kind("Kamerbrief"),
    };

    private readonly Lazy<Schema> _schema;

    private DocumentType(string name, string article, bool numberedByDefault, bool kenmerkRequired, IReadOnlyList<FieldSpec> ownFields, string starterText)
    {
        StarterText = starterText;
        Name = name;
        Article = article;
        NumberedByDefault = numberedByDefault;
        KenmerkRequired = kenmerkRequired;
        OwnFields = ownFields;
        _schema = new Lazy<Schema>(() => Schemas.For(this));
    }

    public static IReadOnlyList<DocumentType> All { get; } = [Nota, Bijlage, Informatieblad, Kamerbrief];

    /// <summary>As editors write it, and the name of its layout.</summary>
    public string Name { get; }

    /// <summary>"a nota", for messages.</summary>
    internal string Article { get; }

    /// <summary>Notas number their sections (1., 4.1); the others use plain headings unless asked.</summary>
    internal bool NumberedByDefault { get; }

    internal bool KenmerkRequired { get; }

    /// <summary>The keys this type has besides the ones every document has.</summary>
    internal IReadOnlyList<FieldSpec> OwnFields { get; }

    /// <summary>The tekst.md that <c>infoblad new</c> writes: the type's usual opening, with placeholders.</summary>
    internal string StarterText { get; }

    internal Schema Schema => _schema.Value;

    /// <summary>The Woo information category a document of this type falls in unless document.yml says otherwise.</summary>
    internal TooiTerm Informatiecategorie { get; private init; } = Category("inspanningsverplichting art 3.1 Woo");

    /// <summary>The TOOI document kind unless document.yml says otherwise; TOOI has no "nota" or "bijlage" as such.</summary>
    internal TooiTerm? Documentsoort { get; private init; }

    private static TooiTerm Category(string label) => Tooi.Named(Tooi.Informatiecategorieen, label) ?? throw new InvalidOperationException(label);

    private static TooiTerm Kind(string label) => Tooi.Named(Tooi.Documentsoorten, label) ?? throw new InvalidOperationException(label);

    public static DocumentType? Named(string? name) => All.FirstOrDefault(t => t.Name == name);

    public override string ToString() => Name;
}
