using System.Globalization;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.StressCorpus;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>
/// Generates a corpus (content nobody tuned the layout to) and publishes it once through the real pipeline.
/// Environment variables pick another corpus (dotnet cake --target=StressTest).
/// </summary>
public abstract class CorpusRun(CorpusShape shape, string seedVariable, int defaultSeed, string documentsVariable, int defaultDocuments) : IAsyncLifetime, IDisposable
{
    private readonly TempTree _tree = new();

    public Corpus Corpus { get; private set; } = null!;

    public PublishResult Result { get; private set; } = null!;

    public int Seed { get; } = Setting(seedVariable, defaultSeed);

    public async Task InitializeAsync()
    {
        Corpus = new CorpusGenerator(Seed).Write(_tree.Root, Setting(documentsVariable, defaultDocuments), shape);
        var options = new PublishOptions(Corpus.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, _tree.PathOf("releases"), "stress") { BaseUrl = "https://open.example.nl/stress/" };
        Result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
    }

    public string PdfPath(string id) => Path.Combine(Result.ReleasePath!, id + ".pdf");

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _tree.Dispose();
        GC.SuppressFinalize(this);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

/// <summary>The stress corpus: IB_STRESS_SEED and IB_STRESS_DOCUMENTS pick another.</summary>
public sealed class StressCorpusRun() : CorpusRun(CorpusShape.Stress, "IB_STRESS_SEED", CorpusGenerator.DefaultSeed, "IB_STRESS_DOCUMENTS", CorpusGenerator.DefaultDocuments);

/// <summary>
/// The stress corpus with the layout traps of issue 32 (notes in table rows and list items, several notes in a
/// sentence, long notes, headings straight above tables): IB_TRAPS_SEED and IB_TRAPS_DOCUMENTS pick another. The
/// default seed was not looked at while the repairs were built.
/// </summary>
public sealed class TrapCorpusRun() : CorpusRun(CorpusShape.Traps, "IB_TRAPS_SEED", 20261207, "IB_TRAPS_DOCUMENTS", 12);
