using InfoBladPublisher.Charts;
using InfoBladPublisher.Data;
using InfoBladPublisher.Validation;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown;

/// <summary>What a document's text may refer to: the datasets and the versions it declares, the other documents, and the chart engine.</summary>
/// <param name="DocumentIds">Every document of the content set, for <c>doc:</c> links.</param>
/// <param name="Charts">Null where no chart can be drawn.</param>
public sealed record BodyContext(IReadOnlyDictionary<string, Dataset> Datasets, IReadOnlyList<MapEntry> Declared, IReadOnlySet<string> DocumentIds, ChartEngine? Charts)
{
    public static BodyContext None { get; } = new(new Dictionary<string, Dataset>(), [], new HashSet<string>(), null);

    /// <summary>Datasets whose folder exists but that failed their own checks: already reported, so not "unknown".</summary>
    public IReadOnlySet<string> BrokenDatasets { get; init; } = new HashSet<string>();

    /// <summary>Reads an image named relative to the document's folder (checked, or reported and null).
    /// Null where images are not read, such as unit tests of the text alone.</summary>
    public Func<string, Diagnostics.SourcePosition, Common.LogoFile?>? ReadImage { get; init; }
}
