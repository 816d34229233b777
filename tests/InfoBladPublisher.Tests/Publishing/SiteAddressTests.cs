using InfoBladPublisher.Publishing;

namespace InfoBladPublisher.Tests.Publishing;

/// <summary>The release's address online, as <c>--base-url</c> takes it: an absolute http(s) address, written ending in '/'.</summary>
public sealed class SiteAddressTests
{
    [Theory]
    [InlineData("https://open.example.nl", "https://open.example.nl/")]
    [InlineData("https://open.example.nl/publicaties/2026.12", "https://open.example.nl/publicaties/2026.12/")]
    [InlineData("  http://localhost:8080/r/  ", "http://localhost:8080/r/")]
    [InlineData("https://open.example.nl/met spatie/", "https://open.example.nl/met%20spatie/")]
    public void A_web_address_Should_end_in_a_slash(string given, string written) =>
        Assert.Equal(written, SiteAddress.Normalise(given));

    [Theory]
    [InlineData("")]
    [InlineData("open.example.nl")]
    [InlineData("/publicaties/")]
    [InlineData("ftp://open.example.nl/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://open.example.nl/?q=1")]
    [InlineData("https://open.example.nl/#top")]
    [InlineData("https://user:pass@open.example.nl/")]
    public void Anything_else_Should_be_refused(string given) => Assert.Null(SiteAddress.Normalise(given));
}
