using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>A probe through <c>check</c> and through <c>publish</c>: each must end in its diagnostic at its place, and a refused publish writes nothing.</summary>
internal static class BadInputRun
{
    public static void Check(BadInput probe)
    {
        using var content = new ContentTree();
        var tree = new BadInput.Tree(content, content.CopyOfTemplates());
        probe.Break(tree);

        var (output, diagnostics) = content.Check(tree.Templates);

        Assert.Equal(IsWarning(probe), output is not null);
        probe.AssertFoundIn(diagnostics);
    }

    public static async Task PublishAsync(BadInput probe)
    {
        using var content = new ContentTree();
        var tree = new BadInput.Tree(content, content.CopyOfTemplates());
        probe.Break(tree);
        using var work = new TempTree();
        var options = new PublishOptions(content.ContentRoot, tree.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1");

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.Equal(IsWarning(probe), result.Succeeded);
        probe.AssertFoundIn(result.Diagnostics);
        if (!IsWarning(probe))
        {
            Assert.False(Directory.Exists(work.PathOf("releases/v1")), "a refused publish wrote a release");
        }
    }

    private static bool IsWarning(BadInput probe) => DiagnosticCodes.Describe(probe.Code).Severity == Severity.Warning;
}
