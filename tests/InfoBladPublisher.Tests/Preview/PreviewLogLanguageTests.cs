using System.Net;
using System.Net.Sockets;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Preview;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Preview;

/// <summary>The line <c>serve</c> prints after each rebuild is in the run's language, as the CLI's own lines are.</summary>
public sealed class PreviewLogLanguageTests
{
    [Theory]
    [MemberData(nameof(LineLanguage.Both), MemberType = typeof(LineLanguage))]
    public async Task The_rebuild_line_Should_be_in_the_language_it_is_given(Language language)
    {
        // Given a small tree and a console to read
        using var tree = new ContentTree();
        using var log = new StringWriter();

        // When the preview starts (its first rebuild) in that language
        var options = new PreviewOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, FreePort()) { Language = language };
        var server = await PreviewServer.StartAsync(options, log);
        await server.DisposeAsync();

        // Then it said what it built, one document as one, in that language only
        var said = log.ToString();
        Assert.Contains("1 document (", said, StringComparison.Ordinal);
        Assert.Empty(LineLanguage.Strays(said, language));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
