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

    public const string FootnoteUndefined = "IBP010";
    public const string FootnoteUnused = "IBP011";
    public const string FootnoteDuplicate = "IBP012";
    public const string HandNumberedHeading = "IBP013";
    public const string NoteInNote = "IBP014";
    public const string WordTooLong = "IBP015";

    public const string UnknownOrganisation = "IBP020";
    public const string UnknownParentDocument = "IBP021";
    public const string DuplicateDocumentId = "IBP022";

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

    public const string NoteOffItsPage = "IBP070";
    public const string NoteNumbering = "IBP071";
    public const string OutsideItsPlace = "IBP072";
    public const string PageNumberMissing = "IBP073";
    public const string FontNotBundled = "IBP074";
    public const string HeadingAtPageEnd = "IBP075";
    public const string TableRowsSplit = "IBP076";
    public const string PageHalfEmpty = "IBP077";
    public const string WoordmerkTooWide = "IBP078";

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

    /// <summary>The layout gate's codes (IBP070–IBP077): a page rule broken after layout.</summary>
    public static bool IsLayout(string code) => string.CompareOrdinal(code, NoteOffItsPage) >= 0 && string.CompareOrdinal(code, PageHalfEmpty) <= 0;
}
