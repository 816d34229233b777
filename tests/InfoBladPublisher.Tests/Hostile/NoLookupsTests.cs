using InfoBladPublisher.Rendering.Browser;
using System.Text.Json;
using InfoBladPublisher.Tests.Support;
using Microsoft.Playwright;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// The browser asks nothing of the network: Chromium's own NetLog records every host-name lookup it starts,
/// and a publish-like session with our launch flags must record none, while a page that asks is refused.
/// </summary>
public sealed class NoLookupsTests
{
    [Fact]
    public async Task The_browser_with_our_flags_Should_look_up_no_host_name()
    {
        var lookups = await LookupsAsync(BrowserOptions.LaunchArguments);
        Assert.True(lookups.Count == 0, "host names looked up: " + string.Join(", ", lookups));
    }

    [Fact]
    public async Task The_probe_Should_see_a_lookup_when_the_resolver_rules_are_left_out()
    {
        // Proves the NetLog check above can fail: the same session without the rule does resolve the name.
        var lookups = await LookupsAsync(BrowserOptions.LaunchArguments.Where(a => !a.StartsWith("--host-resolver-rules", StringComparison.Ordinal)).ToList());
        Assert.Contains(lookups, h => h.Contains("lookup-probe.example.org", StringComparison.Ordinal));
    }

    private static async Task<List<string>> LookupsAsync(IReadOnlyList<string> arguments)
    {
        using var work = new TempTree();
        var netLog = work.PathOf("netlog.json");
        using var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserOptions.DefaultChromium,
            Headless = true,
            Args = [.. arguments, $"--log-net-log={netLog}", "--net-log-capture-mode=Default"],
        });
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.SetContentAsync("<p>leeg</p>");

            // A page that tries: the lookup must not happen (the rules map every name to "not found").
            var response = await page.EvaluateAsync<string>("() => fetch('https://lookup-probe.example.org/x').then(() => 'loaded', e => 'refused')");
            Assert.Equal("refused", response); // the name does not exist either way; the NetLog says whether it was asked
            await Task.Delay(TimeSpan.FromSeconds(3)); // the window in which Chromium starts its own background requests
            await page.CloseAsync();
        }

        return HostLookups(netLog);
    }

    /// <summary>Host names of HOST_RESOLVER jobs in the NetLog (a JSON file Chromium completes on exit).</summary>
    private static List<string> HostLookups(string netLog)
    {
        var text = File.ReadAllText(netLog).TrimEnd();
        if (!text.EndsWith('}'))
        {
            text = text.TrimEnd(',', '\n') + "]}";
        }

        using var json = JsonDocument.Parse(text);
        var types = json.RootElement.GetProperty("constants").GetProperty("logEventTypes");
        var resolverTypes = types.EnumerateObject().Where(t => t.Name.StartsWith("HOST_RESOLVER", StringComparison.Ordinal)).Select(t => t.Value.GetInt32()).ToHashSet();
        var hosts = new List<string>();
        foreach (var e in json.RootElement.GetProperty("events").EnumerateArray())
        {
            if (resolverTypes.Contains(e.GetProperty("type").GetInt32()) && e.TryGetProperty("params", out var p) && p.TryGetProperty("host", out var host))
            {
                hosts.Add(host.GetString() ?? "?");
            }
        }

        // "~NOTFOUND" is the resolver rule's own answer, given without asking any DNS server.
        return hosts.Where(h => !h.Contains("~notfound", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal).ToList();
    }
}
