using System.Text.RegularExpressions;

namespace InfoBladPublisher.Model;

/// <summary>A term of a TOOI value list: its id (c_…) and its Dutch label, which editors write and records show.</summary>
internal sealed record TooiTerm(string Id, string Label)
{
    public string Uri => Tooi.ThesaurusPrefix + Id;
}

/// <summary>
/// The TOOI value lists a DiWoo record draws on (KOOP's thesaurus "kern"), as far as these documents need them:
/// every information category of art. 3.3 Woo, the document kinds that fit notas, bijlagen, informatiebladen and
/// Kamerbrieven, the acts, and the relation roles. Labels are what <c>document.yml</c> carries.
/// </summary>
internal static partial class Tooi
{
    public const string ThesaurusPrefix = "https://identifier.overheid.nl/tooi/def/thes/kern/";
    public const string OrganisationPrefix = "https://identifier.overheid.nl/tooi/id/";

    public static readonly IReadOnlyList<TooiTerm> Informatiecategorieen =
    [
        new("c_139c6280", "wetten en algemeen verbindende voorschriften"),
        new("c_aab6bfc7", "overige besluiten van algemene strekking"),
        new("c_759721e2", "ontwerpen van wet- en regelgeving met adviesaanvraag"),
        new("c_40a05794", "organisatie en werkwijze"),
        new("c_89ee6784", "bereikbaarheidsgegevens"),
        new("c_8c840238", "bij vertegenwoordigende organen ingekomen stukken"),
        new("c_c76862ab", "vergaderstukken Staten-Generaal"),
        new("c_db4862c3", "vergaderstukken decentrale overheden"),
        new("c_3a248e3a", "agenda's en besluitenlijsten bestuurscolleges"),
        new("c_99a836c7", "adviezen"),
        new("c_8fc2335c", "convenanten"),
        new("c_c6cd1213", "jaarplannen en jaarverslagen"),
        new("c_cf268088", "subsidieverplichtingen anders dan met beschikking"),
        new("c_3baef532", "Woo-verzoeken en -besluiten"),
        new("c_fdaee95e", "onderzoeksrapporten"),
        new("c_46a81018", "beschikkingen"),
        new("c_a870c43d", "klachtoordelen"),
        new("c_816e508d", "inspanningsverplichting art 3.1 Woo"),
    ];

    public static readonly IReadOnlyList<TooiTerm> Documentsoorten =
    [
        new("c_49599e6c", "Kamerbrief"),
        new("c_7652d853", "brief"),
        new("c_2977c34f", "beslisnota"),
        new("c_9376c730", "beleidsnota"),
        new("c_3300f29a", "rapport"),
        new("c_6f49bf34", "onderzoeksrapport"),
        new("c_10eb451d", "beleidsdocument"),
        new("c_6bbc9177", "publicatie"),
        new("c_97f44ea5", "brochure"),
        new("c_4f50ca9c", "beslissing op Wob-/Woo-verzoek"),
    ];

    public static readonly TooiTerm Ondertekening = new("c_e1ec050e", "ondertekening");
    public static readonly TooiTerm Ontvangst = new("c_dfcee535", "ontvangst");
    public static readonly TooiTerm Vaststelling = new("c_641ecd76", "vaststelling");

    public static readonly TooiTerm HeeftBijlage = new("c_05f4a5f3", "heeft bijlage");
    public static readonly TooiTerm IsReactieOp = new("c_07748060", "is reactie op");
    public static readonly TooiTerm IsUitwerkingVan = new("c_24ddfb9b", "is uitwerking van");
    public static readonly TooiTerm VerwijstNaar = new("c_75fac459", "verwijst naar");

    public static TooiTerm? Named(IReadOnlyList<TooiTerm> list, string? label) =>
        label is null ? null : list.FirstOrDefault(t => string.Equals(t.Label, label, StringComparison.Ordinal));

    /// <summary>An organisation's TOOI id: a ministry (mnre), an other government organisation (oorg), a municipality, province or water board.</summary>
    public static bool IsOrganisationUri(string uri) => OrganisationUri().IsMatch(uri);

    [GeneratedRegex(@"^https://identifier\.overheid\.nl/tooi/id/(ministerie/mnre\d{4}|oorg/oorg\d{1,6}|gemeente/gm\d{4}|provincie/pv\d{2}|waterschap/ws\d{4})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrganisationUri();
}
