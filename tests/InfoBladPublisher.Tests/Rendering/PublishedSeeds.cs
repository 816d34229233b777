using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>Publishes the real content once (browser and all) for every rendering test to inspect.</summary>
public sealed class PublishedSeeds : IAsyncLifetime, IDisposable
{
    public const string NotaId = "2024-06-07-nota-informatieverzoek-veldkamp";
    public const string BijlageId = "2024-06-19-bijlage-processchets-nareis";
    public const string InformatiebladId = "2024-02-16-informatieblad-gestapelde-gezinshereniging";

    /// <summary>Not a seed: the fictional letter that shows the kamerbrief type (marked as an example in its text).</summary>
    public const string KamerbriefId = "2024-06-21-kamerbrief-antwoorden-nareis-op-nareis";

    /// <summary>Where the seeds' release says it is online (its feed and sitemaps).</summary>
    public const string BaseUrl = "https://publicaties.example.org/test/";

    private readonly TempTree _tree = new();

    public static TheoryData<string> Ids => new() { NotaId, BijlageId, InformatiebladId, KamerbriefId };

    /// <summary>How many documents the content set has: the release must list them all.</summary>
    public static int DocumentCount => Directory.GetDirectories(Path.Combine(RepoPaths.Content, "documenten")).Length;

    public PublishResult Result { get; private set; } = null!;

    /// <summary>What the publish printed while it ran.</summary>
    public string Log { get; private set; } = string.Empty;

    public string ReleasePath => Result.ReleasePath ?? throw new InvalidOperationException(string.Join("\n", Result.Diagnostics));

    public string PdfPath(string id) => Path.Combine(ReleasePath, id + ".pdf");

    public string HtmlPath(string id) => Path.Combine(ReleasePath, id + ".html");

    public async Task InitializeAsync()
    {
        var options = new PublishOptions(RepoPaths.Content, RepoPaths.Templates, RepoPaths.NodeModules, _tree.PathOf("releases"), "test") { BaseUrl = BaseUrl };
        using var log = new StringWriter();
        Result = await new PublishPipeline().RunAsync(options, log);
        Log = log.ToString();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _tree.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PublishedSeedsGroup : ICollectionFixture<PublishedSeeds>
{
    public const string Name = "published seeds";
}
