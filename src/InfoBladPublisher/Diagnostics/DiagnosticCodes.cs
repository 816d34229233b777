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
        new(YamlSyntax, "malformed YAML", Severity.Error),
        new(MissingKey, "a required key is missing", Severity.Error),
        new(UnknownKey, "unknown key", Severity.Error),
        new(WrongType, "wrong type of value", Severity.Error),
        new(InvalidDate, "not a valid date", Severity.Error),
        new(InvalidValue, "a value, link or image that is not allowed", Severity.Error),
        new(DuplicateKey, "a key appears twice", Severity.Error),
        new(MalformedCsv, "malformed CSV", Severity.Error),
        new(RowsGivenTwice, "a dataset's rows are given twice", Severity.Error),
        new(FootnoteUndefined, "a note is cited but not defined", Severity.Error),
        new(FootnoteUnused, "a note is defined but never cited", Severity.Error),
        new(FootnoteDuplicate, "a note is defined twice", Severity.Error),
        new(HandNumberedHeading, "a heading starts with a typed number", Severity.Warning),
        new(NoteInNote, "a note cites another note", Severity.Error),
        new(WordTooLong, "a word longer than any line", Severity.Error),
        new(FrontMatter, "a metadata block at the top of tekst.md", Severity.Error),
        new(PlaceholderLeft, "a placeholder is not filled in", Severity.Error),
        new(UnknownWooGround, "a Woo marking names no ground, or one that does not exist", Severity.Error),
        new(BadRedaction, "a Woo marking is not closed, overlaps another, or stands where it cannot", Severity.Error),
        new(UnknownOrganisation, "afzender names no organisation", Severity.Error),
        new(UnknownParentDocument, "hoofddocument names no other document", Severity.Error),
        new(NotChecked, "a check was skipped, because an error before it makes it meaningless", Severity.Info),
        new(AlreadyExists, "the new document already exists", Severity.Error),
        new(PdfStructure, "the PDF's tags, language, title or fonts fail what a screen reader needs", Severity.Error),
        new(ConceptInRelease, "a concept in a release made without --concepts", Severity.Error),
        new(ApprovalIncomplete, "geaccordeerd_door without geaccordeerd_op, or the other way round", Severity.Error),
        new(ApprovedConcept, "a concept that says it was approved", Severity.Warning),
        new(UnusedLinkDefinition, "a line read as a link definition that no link uses: it is not printed", Severity.Warning),
        new(NotCleanText, "text that is not clean UTF-8: another encoding, a control character, or a hidden character in metadata", Severity.Error),
        new(UnknownDocument, "no document by that name", Severity.Error),
        new(MissingFile, "a file is missing", Severity.Error),
        new(PathOutsideRoot, "a path leads outside its folder", Severity.Error),
        new(EmptyContent, "empty content", Severity.Error),
        new(FileTooLarge, "a file is over its size limit", Severity.Error),
        new(FileUnreadable, "a file cannot be read", Severity.Error),
        new(OverLimit, "over a limit", Severity.Error),
        new(NotAnImage, "not the image its name says", Severity.Error),
        new(UnsafeMarkup, "an SVG holds script or outside links", Severity.Error),
        new(BadReleaseVersion, "the release version is not a plain name", Severity.Error),
        new(WriteFailed, "the release could not be written", Severity.Error),
        new(TemplateSyntax, "template syntax error", Severity.Error),
        new(TemplateRuntime, "template runtime error", Severity.Error),
        new(TemplateMissing, "no layout for a document type", Severity.Error),
        new(PageIncomplete, "a page is incomplete", Severity.Error),
        new(MissingToken, "tokens.css lacks a value the build needs", Severity.Error),
        new(PrintLayoutError, "a print layout (Typst) has an error", Severity.Error),
        new(PackageImport, "a print layout imports a Typst package; only the files in templates/print/ may be used", Severity.Error),
        new(PdfStandardRefused, "the PDF does not meet PDF/UA-1 or PDF/A-2a", Severity.Error),
        new(BadToken, "a value in tokens.css cannot be read", Severity.Error),
        new(InternalBuildReviewed, "a review was given the internal build, which shows withheld passages", Severity.Error),
        new(NoteOffItsPage, "a note is not on the page of its call", Severity.Error),
        new(NoteNumbering, "notes are not numbered in order", Severity.Error),
        new(OutsideItsPlace, "something runs outside its place", Severity.Error),
        new(PageNumberMissing, "a page lacks its page number", Severity.Error),
        new(FontNotBundled, "a font that is not bundled", Severity.Error),
        new(HeadingAtPageEnd, "a heading ends a page", Severity.Error),
        new(TableRowsSplit, "a table breaks with fewer than two rows on a side", Severity.Error),
        new(PageHalfEmpty, "a page is less than half full", Severity.Error),
        new(WoordmerkTooWide, "the ministry name does not fit beside the logo", Severity.Error),
        new(UnderFurniture, "text stands under the page's furniture (letterhead, lint, woordmerk, running colofon)", Severity.Error),
        new(OutputTextDiffers, "an output lost or changed text of the source, or shows a Woo marking", Severity.Error),
        new(MissingValue, "a dataset cell has no value", Severity.Error),
        new(NotANumber, "a dataset value is not a number", Severity.Error),
        new(DuplicateRowKey, "a row name appears twice", Severity.Error),
        new(TotalMismatch, "a total does not add up", Severity.Error),
        new(UnknownDataset, "unknown dataset", Severity.Error),
        new(UnknownFigure, "unknown row or column", Severity.Error),
        new(DatasetVersion, "the dataset version differs from the one declared", Severity.Error),
        new(DatasetUnused, "a declared dataset is not used", Severity.Warning),
        new(BadDirective, "a figure directive that cannot be used", Severity.Error),
        new(UnknownDocumentLink, "a link to an unknown document", Severity.Error),
        new(BlockedRequest, "a page would load or run something", Severity.Error),
        new(RenderFailed, "the PDF could not be made", Severity.Error),
        new(MissingTool, "a tool or package is missing", Severity.Error),
        new(CheckedWithoutFonts, "checked without the fonts: charts and name widths left out", Severity.Warning),
        new(NotInCache, "a document is missing from the cache a release is assembled from", Severity.Error),
        new(SchemaOutOfDate, "a JSON Schema in schemas/ differs from the field tables check uses", Severity.Error),
        new(BadSlug, "the slug given to new is empty or not a plain name", Severity.Error),
        new(TableRowCells, "a table row has a missing, extra or empty cell", Severity.Error),
        new(TableShape, "a table has no header row or no delimiter row, or a delimiter row that does not match its header", Severity.Error),
        new(OutputPlace, "an output or cache folder that would mix the public and internal builds, or write into the sources", Severity.Error),
        new(BadOrganisationId, "an organisation's TOOI id is malformed", Severity.Error),
        new(UnknownRelatedDocument, "a related document that does not exist", Severity.Error),
        new(NoPublisherId, "an organisation without a TOOI id: its documents are left out of the Woo-index sitemaps", Severity.Warning),
        new(ReleaseExists, "the release version is already published with other content", Severity.Error),
        new(DirtyWorkTree, "the release is made from tracked files that differ from its commit", Severity.Warning),
    ];

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of a code; an unknown code is a programmer's error.</summary>
    public static DiagnosticDescriptor Describe(string id) => ById[id];

    /// <summary>The layout gate's codes (IBP070–IBP077, IBP080): a page rule broken after layout.</summary>
    public static bool IsLayout(string code) =>
        (string.CompareOrdinal(code, NoteOffItsPage) >= 0 && string.CompareOrdinal(code, PageHalfEmpty) <= 0) || code == UnderFurniture;
}
