using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// Every probe of the bad-input corpus, one at a time on a fresh valid content set: each must end in its
/// diagnostic, at its place, and never in an exception.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string> Names => new(BadInputCases.All.Select(c => c.Name));

    [Fact]
    public void The_corpus_Should_hold_at_least_80_distinct_probes()
    {
        var names = BadInputCases.All.Select(c => c.Name).ToList();
        Assert.True(names.Count >= 80, $"{names.Count} probes");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_content_set_Should_pass_before_any_probe_breaks_it()
    {
        using var content = new ContentTree();
        var (output, diagnostics) = content.Check(content.CopyOfTemplates());
        Assert.NotNull(output);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_input_Should_end_in_its_diagnostic_at_its_place(string name)
    {
        var probe = BadInputCases.All.Single(c => c.Name == name);
        using var content = new ContentTree();
        var tree = new BadInput.Tree(content, content.CopyOfTemplates());
        probe.Break(tree);

        var (output, diagnostics) = content.Check(tree.Templates);

        Assert.Null(output);
        probe.AssertFoundIn(diagnostics);
    }
}
