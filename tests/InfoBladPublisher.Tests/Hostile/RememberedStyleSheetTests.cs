using InfoBladPublisher.Rendering.Html;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// A large style sheet is judged once and its answer remembered by its SHA-256 (every page of a release embeds the
/// same house style). A remembered answer must still be the answer for those exact bytes, never for a near copy.
/// </summary>
public sealed class RememberedStyleSheetTests
{
    private static readonly string Padding = "/* " + new string('x', 8_000) + " */\n";

    [Fact]
    public void A_large_style_sheet_judged_twice_Should_be_refused_both_times_and_a_one_character_change_judged_anew()
    {
        // Given a large, clean style sheet and the same one with one character changed into a remote font
        var clean = Padding + "@font-face { font-family: F; src: url(data:font/woff2;base64,AAAA); }\n";
        var remote = clean.Replace("data:font/woff2;base64,AAAA", "https://evil.example/f.woff2", StringComparison.Ordinal);
        var page = (string css) => $"<!doctype html><html lang=\"nl\"><head><style>{css}</style></head><body><p>x</p></body></html>";

        // When each is judged, the clean one first and then again after the remote one
        var first = PageReferences.Find(page(clean), embeddedOnly: true);
        var hostile = PageReferences.Find(page(remote), embeddedOnly: true);
        var again = PageReferences.Find(page(remote), embeddedOnly: true);
        var cleanAgain = PageReferences.Find(page(clean), embeddedOnly: true);

        // Then the remote font is refused each time, and the clean sheet passes each time
        Assert.Empty(first);
        Assert.Contains(hostile, w => w.En.Contains("evil.example", StringComparison.Ordinal));
        Assert.Equal(hostile.Select(w => w.En), again.Select(w => w.En));
        Assert.Empty(cleanAgain);
    }
}
