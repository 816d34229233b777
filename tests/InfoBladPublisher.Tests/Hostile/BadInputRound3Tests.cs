namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// The third round of the bad-input corpus (issue 31), through <c>check</c> and <c>publish</c>: every refusal
/// publish made from the content alone is now made by check, at the place of its cause, and publish agrees.
/// </summary>
public sealed class BadInputRound3Tests
{
    public static TheoryData<string> Names => new(BadInputCasesRound3.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Check_Should_report_the_probe_at_its_place(string name) => BadInputRun.Check(BadInputCasesRound3.All.Single(c => c.Name == name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Publish_Should_report_what_check_reports_and_write_nothing_when_refused(string name) =>
        BadInputRun.PublishAsync(BadInputCasesRound3.All.Single(c => c.Name == name));
}
