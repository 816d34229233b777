using InfoBladPublisher.Data;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// What a document's text may refer to: the datasets, the other documents, and (per document) the dataset
/// versions it declares and the images beside it. The loader makes one for the content set and one per
/// document from it with <c>with</c>.
/// </summary>
/// <param name="DocumentIds">Every document of the content set, known before any is loaded, for <c>doc:</c> links.</param>
internal sealed record BodyContext(IReadOnlyDictionary<string, Dataset> Datasets, IReadOnlySet<string> DocumentIds)
{
    public static BodyContext None { get; } = new(new Dictionary<string, Dataset>(), new HashSet<string>());

    /// <summary>The datasets this document declares, with their versions.</summary>
    public IReadOnlyList<MapEntry> Declared { get; init; } = [];

    /// <summary>Datasets whose folder exists but that failed their own checks: already reported, so not "unknown".</summary>
    public IReadOnlySet<string> BrokenDatasets { get; init; } = new HashSet<string>();

    /// <summary>Reads an image named relative to the document's folder (checked, or reported and null).
    /// Null where images are not read, such as unit tests of the text alone.</summary>
    public Func<string, Diagnostics.SourcePosition, LogoFile?>? ReadImage { get; init; }

    /// <summary>Whether marked passages become bars (the release) or stay, highlighted (<c>--intern</c>).</summary>
    public InfoBladPublisher.Redaction.RedactionMode Redaction { get; init; } = InfoBladPublisher.Redaction.RedactionMode.Public;
}
