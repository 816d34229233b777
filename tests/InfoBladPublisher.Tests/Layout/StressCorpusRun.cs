using System.Globalization;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.StressCorpus;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>
/// Generates the stress corpus (content nobody tuned the layout to) and publishes it once through the real
/// pipeline. IB_STRESS_SEED and IB_STRESS_DOCUMENTS pick another corpus (dotnet cake --target=StressTest).
/// </summary>
public sealed class StressCorpusRun : IAsyncLifetime, IDisposable
{
    private readonly TempTree _tree = new();

    public Corpus Corpus { get; private set; } = null!;

    public PublishResult Result { get; private set; } = null!;

    public int Seed { get; } = Setting("IB_STRESS_SEED", CorpusGenerator.DefaultSeed);

    public async Task InitializeAsync()
    {
        Corpus = new CorpusGenerator(Seed).Write(_tree.Root, Setting("IB_STRESS_DOCUMENTS", CorpusGenerator.DefaultDocuments));
        var options = new PublishOptions(Corpus.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, _tree.PathOf("releases"), "stress");
        Result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
    }

    public string PdfPath(string id) => Path.Combine(Result.ReleasePath!, id + ".pdf");

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _tree.Dispose();

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
