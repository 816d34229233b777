using InfoBladPublisher.Text;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Tests.Validation;

public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("datun", "datum")]
    [InlineData("kenmekr", "kenmerk")]
    [InlineData("Afzender", "afzender")]
    public void A_typo_Should_suggest_the_intended_key(string typo, string expected) =>
        Assert.Equal(expected, DidYouMean.Suggest(typo, ["datum", "kenmerk", "afzender", "aan"]));

    [Fact]
    public void Something_unrelated_Should_get_no_suggestion() =>
        Assert.Null(DidYouMean.Suggest("handtekening", ["datum", "kenmerk", "aan"]));

    [Theory]
    [InlineData(2024, 6, 7, "7 juni 2024")]
    [InlineData(2024, 12, 19, "19 december 2024")]
    [InlineData(2023, 3, 1, "1 maart 2023")]
    public void Dates_Should_be_written_the_Dutch_way(int y, int m, int d, string expected) =>
        Assert.Equal(expected, DutchDate.Format(new DateOnly(y, m, d)));
}
