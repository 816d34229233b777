using InfoBladPublisher.Rendering.Browser;
using System.Globalization;
using InfoBladPublisher.Review;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>
/// Every PDF page and every HTML width of every document, compared with the committed baselines under the
/// stated tolerance. Baselines change only through `dotnet cake --target=UpdateBaselines`.
/// </summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed class VisualRegressionTests
{
    public const string UpdateCommand = "dotnet cake --target=UpdateBaselines";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SortedDictionary<string, byte[]>? _actual;

    private readonly PublishedSeeds _seeds;

    public VisualRegressionTests(PublishedSeeds seeds) => _seeds = seeds;

    public static string BaselineFolder => Path.Combine(RepoPaths.Root, "tests", "InfoBladPublisher.Tests", "Baselines");

    public static string DiffFolder => Path.Combine(RepoPaths.Root, "artifacts", "visual-diffs");

    public static TheoryData<string> Documents => new(Directory.GetDirectories(Path.Combine(RepoPaths.Content, "documenten")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_page_and_width_Should_match_its_baseline(string documentId)
    {
        var actual = (await Actual()).Where(i => i.Key.StartsWith(documentId + "/", StringComparison.Ordinal)).ToDictionary();
        var baselineFolder = Path.Combine(BaselineFolder, documentId);
        var baselines = Directory.Exists(baselineFolder)
            ? Directory.GetFiles(baselineFolder, "*.png").Select(f => documentId + "/" + Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal)
            : [];

        var problems = new List<string>();
        foreach (var (name, png) in actual.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!baselines.Contains(name))
            {
                problems.Add($"{name}: no baseline");
                Save(name, null, png, null);
                continue;
            }

            var expected = await File.ReadAllBytesAsync(Path.Combine(BaselineFolder, name));
            var comparison = ImageComparer.Compare(expected, png, VisualTolerance.Default);
            if (!comparison.IsSame)
            {
                problems.Add(comparison.SizeChanged
                    ? $"{name}: size changed"
                    : string.Create(CultureInfo.InvariantCulture, $"{name}: {comparison.DifferentPixelRatio:P3} of pixels differ (tolerance {comparison.Tolerance.MaxDifferentPixelRatio:P3})"));
                Save(name, expected, png, comparison.Diff);
            }
        }

        problems.AddRange(baselines.Where(b => !actual.ContainsKey(b)).Select(b => $"{b}: baseline for a page that is no longer rendered"));
        Assert.True(problems.Count == 0,
            $"{documentId} differs from its baselines:\n  {string.Join("\n  ", problems)}\nImages: {DiffFolder}\nIf the change is intended: {UpdateCommand}");
    }

    /// <summary>The snapshot of the published seeds, taken once for all documents.</summary>
    private async Task<SortedDictionary<string, byte[]>> Actual()
    {
        await Gate.WaitAsync();
        try
        {
            if (_actual is null)
            {
                var browser = await BrowserHost.StartAsync(new BrowserOptions(BrowserOptions.DefaultChromium));
                await using (browser)
                {
                    _actual = await Snapshot.TakeAsync(_seeds.ReleasePath, browser);
                }
            }

            return _actual;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Save(string name, byte[]? expected, byte[] actual, byte[]? diff)
    {
        var stem = Path.Combine(DiffFolder, name[..^4]);
        Directory.CreateDirectory(Path.GetDirectoryName(stem)!);
        File.WriteAllBytes(stem + ".actual.png", actual);
        if (expected is not null)
        {
            File.WriteAllBytes(stem + ".expected.png", expected);
        }

        if (diff is not null)
        {
            File.WriteAllBytes(stem + ".diff.png", diff);
        }
    }
}
