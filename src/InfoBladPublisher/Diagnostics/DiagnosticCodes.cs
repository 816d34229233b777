namespace InfoBladPublisher.Diagnostics;

/// <summary>Stable codes, so editors can search the docs and tests can assert on them.</summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "IBP001";
    public const string MissingKey = "IBP002";
    public const string UnknownKey = "IBP003";
    public const string WrongType = "IBP004";
    public const string InvalidDate = "IBP005";
    public const string InvalidValue = "IBP006";
    public const string DuplicateKey = "IBP007";
    public const string MalformedCsv = "IBP008";
    public const string RowsGivenTwice = "IBP009";

    public const string FootnoteUndefined = "IBP010";
    public const string FootnoteUnused = "IBP011";
    public const string FootnoteDuplicate = "IBP012";
    public const string HandNumberedHeading = "IBP013";
    public const string NoteInNote = "IBP014";
    public const string WordTooLong = "IBP015";
    public const string FrontMatter = "IBP016";
    public const string PlaceholderLeft = "IBP017";
    public const string UnknownWooGround = "IBP018";
    public const string BadRedaction = "IBP019";

    public const string UnknownOrganisation = "IBP020";
    public const string UnknownParentDocument = "IBP021";
    public const string NotChecked = "IBP022";
    public const string AlreadyExists = "IBP023";
    public const string UnknownDocument = "IBP024";
    public const string ConceptInRelease = "IBP025";
    public const string ApprovalIncomplete = "IBP026";
    public const string ApprovedConcept = "IBP027";
    public const string NotCleanText = "IBP028";
    public const string UnusedLinkDefinition = "IBP029";

    public const string MissingFile = "IBP030";
    public const string PathOutsideRoot = "IBP031";
    public const string EmptyContent = "IBP032";
    public const string FileTooLarge = "IBP033";
    public const string FileUnreadable = "IBP034";
    public const string OverLimit = "IBP035";
    public const string NotAnImage = "IBP036";
    public const string UnsafeMarkup = "IBP037";
    public const string BadReleaseVersion = "IBP038";
    public const string WriteFailed = "IBP039";

    public const string TemplateSyntax = "IBP040";
    public const string TemplateRuntime = "IBP041";
    public const string TemplateMissing = "IBP042";
    public const string PageIncomplete = "IBP043";
    public const string MissingToken = "IBP044";
    public const string PrintLayoutError = "IBP045";
    public const string PackageImport = "IBP046";
    public const string PdfStandardRefused = "IBP047";
    public const string BadToken = "IBP048";
    public const string InternalBuildReviewed = "IBP049";

    public const string NoteOffItsPage = "IBP070";
    public const string NoteNumbering = "IBP071";
    public const string OutsideItsPlace = "IBP072";
    public const string PageNumberMissing = "IBP073";
    public const string FontNotBundled = "IBP074";
    public const string HeadingAtPageEnd = "IBP075";
    public const string TableRowsSplit = "IBP076";
    public const string PageHalfEmpty = "IBP077";
    public const string WoordmerkTooWide = "IBP078";
    public const string PdfStructure = "IBP079";
    public const string UnderFurniture = "IBP080";
    public const string OutputTextDiffers = "IBP082";
    public const string BadOrganisationId = "IBP085";
    public const string UnknownRelatedDocument = "IBP086";
    public const string NoPublisherId = "IBP088";

    // IBP081, IBP083, IBP084: editor support (schemas, new, serve).
    public const string SchemaOutOfDate = "IBP081";
    public const string BadSlug = "IBP083";

    public const string MissingValue = "IBP060";
    public const string NotANumber = "IBP061";
    public const string DuplicateRowKey = "IBP062";
    public const string TotalMismatch = "IBP063";
    public const string UnknownDataset = "IBP064";
    public const string UnknownFigure = "IBP065";
    public const string DatasetVersion = "IBP066";
    public const string DatasetUnused = "IBP067";
    public const string BadDirective = "IBP068";
    public const string UnknownDocumentLink = "IBP069";

    public const string BlockedRequest = "IBP050";
    public const string RenderFailed = "IBP051";
    public const string MissingTool = "IBP052";
    public const string CheckedWithoutFonts = "IBP053";
    public const string NotInCache = "IBP054";
    public const string OutputPlace = "IBP055";
    public const string ReleaseExists = "IBP058";
    public const string DirtyWorkTree = "IBP059";
    public const string TableRowCells = "IBP056";
    public const string TableShape = "IBP057";

    /// <summary>Every code, once, with its title and severity; tests hold the code, the call sites and the editors' guide to it.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        new(YamlSyntax, "onjuiste YAML", "malformed YAML", Severity.Error),
        new(MissingKey, "een verplichte sleutel ontbreekt", "a required key is missing", Severity.Error),
        new(UnknownKey, "onbekende sleutel", "unknown key", Severity.Error),
        new(WrongType, "verkeerd soort waarde", "wrong type of value", Severity.Error),
        new(InvalidDate, "geen geldige datum", "not a valid date", Severity.Error),
        new(InvalidValue, "een waarde, link of afbeelding die niet is toegestaan", "a value, link or image that is not allowed", Severity.Error),
        new(DuplicateKey, "een sleutel staat er twee keer", "a key appears twice", Severity.Error),
        new(MalformedCsv, "onjuiste CSV", "malformed CSV", Severity.Error),
        new(RowsGivenTwice, "de rijen van een dataset staan er twee keer", "a dataset's rows are given twice", Severity.Error),
        new(FootnoteUndefined, "een voetnoot wordt aangehaald maar niet gegeven", "a note is cited but not defined", Severity.Error),
        new(FootnoteUnused, "een voetnoot wordt gegeven maar nergens aangehaald", "a note is defined but never cited", Severity.Error),
        new(FootnoteDuplicate, "een voetnoot wordt twee keer gegeven", "a note is defined twice", Severity.Error),
        new(HandNumberedHeading, "een kop begint met een getypt nummer", "a heading starts with a typed number", Severity.Warning),
        new(NoteInNote, "een voetnoot haalt een andere voetnoot aan", "a note cites another note", Severity.Error),
        new(WordTooLong, "een woord dat langer is dan elke regel", "a word longer than any line", Severity.Error),
        new(FrontMatter, "een blok metadata bovenaan tekst.md", "a metadata block at the top of tekst.md", Severity.Error),
        new(PlaceholderLeft, "een invulplek is niet ingevuld", "a placeholder is not filled in", Severity.Error),
        new(UnknownWooGround, "een Woo-lakmarkering noemt geen grond, of een die niet bestaat", "a Woo marking names no ground, or one that does not exist", Severity.Error),
        new(BadRedaction, "een Woo-lakmarkering is niet gesloten, overlapt een andere, of staat waar dat niet kan", "a Woo marking is not closed, overlaps another, or stands where it cannot", Severity.Error),
        new(UnknownOrganisation, "afzender noemt geen bekende organisatie", "afzender names no organisation", Severity.Error),
        new(UnknownParentDocument, "hoofddocument noemt geen ander document", "hoofddocument names no other document", Severity.Error),
        new(NotChecked, "een controle is overgeslagen, omdat een eerdere fout haar zinloos maakt", "a check was skipped, because an error before it makes it meaningless", Severity.Info),
        new(AlreadyExists, "het nieuwe document bestaat al", "the new document already exists", Severity.Error),
        new(PdfStructure, "de tags, taal, titel of lettertypen van de pdf schieten tekort voor een schermlezer", "the PDF's tags, language, title or fonts fail what a screen reader needs", Severity.Error),
        new(ConceptInRelease, "een concept in een release zonder --concepts", "a concept in a release made without --concepts", Severity.Error),
        new(ApprovalIncomplete, "geaccordeerd_door zonder geaccordeerd_op, of andersom", "geaccordeerd_door without geaccordeerd_op, or the other way round", Severity.Error),
        new(ApprovedConcept, "een concept dat zegt dat het is geaccordeerd", "a concept that says it was approved", Severity.Warning),
        new(UnusedLinkDefinition, "een regel die als linkdefinitie wordt gelezen maar door geen link wordt gebruikt: hij wordt niet afgedrukt", "a line read as a link definition that no link uses: it is not printed", Severity.Warning),
        new(NotCleanText, "tekst die geen schone UTF-8 is: een andere codering, een stuurteken, of een verborgen teken in metadata", "text that is not clean UTF-8: another encoding, a control character, or a hidden character in metadata", Severity.Error),
        new(UnknownDocument, "geen document met die naam", "no document by that name", Severity.Error),
        new(MissingFile, "een bestand ontbreekt", "a file is missing", Severity.Error),
        new(PathOutsideRoot, "een pad leidt buiten zijn map", "a path leads outside its folder", Severity.Error),
        new(EmptyContent, "lege inhoud", "empty content", Severity.Error),
        new(FileTooLarge, "een bestand is groter dan toegestaan", "a file is over its size limit", Severity.Error),
        new(FileUnreadable, "een bestand kan niet worden gelezen", "a file cannot be read", Severity.Error),
        new(OverLimit, "boven een grens", "over a limit", Severity.Error),
        new(NotAnImage, "niet de afbeelding die de naam belooft", "not the image its name says", Severity.Error),
        new(UnsafeMarkup, "een SVG bevat script of links naar buiten", "an SVG holds script or outside links", Severity.Error),
        new(BadReleaseVersion, "de releaseversie is geen gewone naam", "the release version is not a plain name", Severity.Error),
        new(WriteFailed, "de release kon niet worden geschreven", "the release could not be written", Severity.Error),
        new(TemplateSyntax, "fout in de syntaxis van een sjabloon", "template syntax error", Severity.Error),
        new(TemplateRuntime, "fout bij het uitvoeren van een sjabloon", "template runtime error", Severity.Error),
        new(TemplateMissing, "geen opmaak voor een documentsoort", "no layout for a document type", Severity.Error),
        new(PageIncomplete, "een pagina is onvolledig", "a page is incomplete", Severity.Error),
        new(MissingToken, "tokens.css mist een waarde die de build nodig heeft", "tokens.css lacks a value the build needs", Severity.Error),
        new(PrintLayoutError, "een drukopmaak (Typst) bevat een fout", "a print layout (Typst) has an error", Severity.Error),
        new(PackageImport, "een drukopmaak importeert een Typst-pakket; alleen de bestanden in templates/print/ mogen worden gebruikt", "a print layout imports a Typst package; only the files in templates/print/ may be used", Severity.Error),
        new(PdfStandardRefused, "de pdf voldoet niet aan PDF/UA-1 of PDF/A-2a", "the PDF does not meet PDF/UA-1 or PDF/A-2a", Severity.Error),
        new(BadToken, "een waarde in tokens.css kan niet worden gelezen", "a value in tokens.css cannot be read", Severity.Error),
        new(InternalBuildReviewed, "een review kreeg de interne build, die gelakte passages toont", "a review was given the internal build, which shows withheld passages", Severity.Error),
        new(NoteOffItsPage, "een voetnoot staat niet op de pagina van haar verwijzing", "a note is not on the page of its call", Severity.Error),
        new(NoteNumbering, "voetnoten zijn niet op volgorde genummerd", "notes are not numbered in order", Severity.Error),
        new(OutsideItsPlace, "iets loopt buiten zijn plek", "something runs outside its place", Severity.Error),
        new(PageNumberMissing, "een pagina mist haar paginanummer", "a page lacks its page number", Severity.Error),
        new(FontNotBundled, "een lettertype dat niet is meegeleverd", "a font that is not bundled", Severity.Error),
        new(HeadingAtPageEnd, "een kop sluit een pagina af", "a heading ends a page", Severity.Error),
        new(TableRowsSplit, "een tabel breekt met minder dan twee rijen aan een kant", "a table breaks with fewer than two rows on a side", Severity.Error),
        new(PageHalfEmpty, "een pagina is minder dan half gevuld", "a page is less than half full", Severity.Error),
        new(WoordmerkTooWide, "de naam van het ministerie past niet naast het logo", "the ministry name does not fit beside the logo", Severity.Error),
        new(UnderFurniture, "tekst staat onder de vaste onderdelen van de pagina (briefhoofd, lint, woordmerk, colofon)", "text stands under the page's furniture (letterhead, lint, woordmerk, running colofon)", Severity.Error),
        new(OutputTextDiffers, "een uitvoer verloor of veranderde tekst van de bron, of toont een Woo-lakmarkering", "an output lost or changed text of the source, or shows a Woo marking", Severity.Error),
        new(MissingValue, "een cel van een dataset heeft geen waarde", "a dataset cell has no value", Severity.Error),
        new(NotANumber, "een waarde in een dataset is geen getal", "a dataset value is not a number", Severity.Error),
        new(DuplicateRowKey, "een rijnaam staat er twee keer", "a row name appears twice", Severity.Error),
        new(TotalMismatch, "een totaal klopt niet", "a total does not add up", Severity.Error),
        new(UnknownDataset, "onbekende dataset", "unknown dataset", Severity.Error),
        new(UnknownFigure, "onbekende rij of kolom", "unknown row or column", Severity.Error),
        new(DatasetVersion, "de versie van de dataset wijkt af van de opgegeven versie", "the dataset version differs from the one declared", Severity.Error),
        new(DatasetUnused, "een opgegeven dataset wordt niet gebruikt", "a declared dataset is not used", Severity.Warning),
        new(BadDirective, "een figuuropdracht die niet kan worden gebruikt", "a figure directive that cannot be used", Severity.Error),
        new(UnknownDocumentLink, "een link naar een onbekend document", "a link to an unknown document", Severity.Error),
        new(BlockedRequest, "een pagina zou iets laden of uitvoeren", "a page would load or run something", Severity.Error),
        new(RenderFailed, "de pdf kon niet worden gemaakt", "the PDF could not be made", Severity.Error),
        new(MissingTool, "een programma of pakket ontbreekt", "a tool or package is missing", Severity.Error),
        new(CheckedWithoutFonts, "gecontroleerd zonder de lettertypen: grafieken en naambreedtes overgeslagen", "checked without the fonts: charts and name widths left out", Severity.Warning),
        new(NotInCache, "een document ontbreekt in de cache waaruit een release wordt samengesteld", "a document is missing from the cache a release is assembled from", Severity.Error),
        new(SchemaOutOfDate, "een JSON-schema in schemas/ wijkt af van de veldtabellen die check gebruikt", "a JSON Schema in schemas/ differs from the field tables check uses", Severity.Error),
        new(BadSlug, "de slug voor new is leeg of geen gewone naam", "the slug given to new is empty or not a plain name", Severity.Error),
        new(TableRowCells, "een tabelrij heeft een ontbrekende, extra of lege cel", "a table row has a missing, extra or empty cell", Severity.Error),
        new(TableShape, "een tabel heeft geen kopregel of scheidingsregel, of een scheidingsregel die niet bij de kopregel past", "a table has no header row or no delimiter row, or a delimiter row that does not match its header", Severity.Error),
        new(OutputPlace, "een uitvoer- of cachemap die de openbare en interne builds zou mengen, of in de bronnen zou schrijven", "an output or cache folder that would mix the public and internal builds, or write into the sources", Severity.Error),
        new(BadOrganisationId, "de TOOI-id van een organisatie is onjuist", "an organisation's TOOI id is malformed", Severity.Error),
        new(UnknownRelatedDocument, "een gerelateerd document dat niet bestaat", "a related document that does not exist", Severity.Error),
        new(NoPublisherId, "een organisatie zonder TOOI-id: haar documenten blijven buiten de sitemaps voor de Woo-index", "an organisation without a TOOI id: its documents are left out of the Woo-index sitemaps", Severity.Warning),
        new(ReleaseExists, "de releaseversie is al gepubliceerd met andere inhoud", "the release version is already published with other content", Severity.Error),
        new(DirtyWorkTree, "de release is gemaakt van gevolgde bestanden die afwijken van hun commit", "the release is made from tracked files that differ from its commit", Severity.Warning),
    ];

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of a code; an unknown code is a programmer's error.</summary>
    public static DiagnosticDescriptor Describe(string id) => ById[id];

    /// <summary>The layout gate's codes (IBP070–IBP077, IBP080): a page rule broken after layout.</summary>
    public static bool IsLayout(string code) =>
        (string.CompareOrdinal(code, NoteOffItsPage) >= 0 && string.CompareOrdinal(code, PageHalfEmpty) <= 0) || code == UnderFurniture;
}
