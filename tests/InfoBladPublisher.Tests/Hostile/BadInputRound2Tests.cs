namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// The second round of the bad-input corpus, through <c>check</c> and through <c>publish</c>: each must end in
/// its diagnostic at its place in both, so that check predicts publish, and a refused publish writes nothing.
/// </summary>
public sealed class BadInputRound2Tests
{
    public static TheoryData<string> Names => new(BadInputCasesRound2.All.Select(c => c.Name));

    [Fact]
    public void The_second_round_Should_hold_at_least_40_new_distinct_probes()
    {
        var names = BadInputCasesRound2.All.Select(c => c.Name).ToList();
        Assert.True(names.Count >= 40, $"{names.Count} probes");
        Assert.Equal(names.Count, names.Concat(BadInputCases.All.Select(c => c.Name)).Distinct(StringComparer.Ordinal).Count() - BadInputCases.All.Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Check_Should_report_the_probe_at_its_place(string name) => BadInputRun.Check(BadInputCasesRound2.All.Single(c => c.Name == name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Publish_Should_report_what_check_reports_and_write_nothing_when_refused(string name) =>
        BadInputRun.PublishAsync(BadInputCasesRound2.All.Single(c => c.Name == name));
}
