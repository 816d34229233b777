using System.Text;
using C = InfoBladPublisher.Diagnostics.DiagnosticCodes;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// The second round of the bad-input corpus (issue 23): input that was lost or changed on the way in, links
/// that went elsewhere than they said, and near-misses of the Woo mark. Positions as in <see cref="BadInputCases"/>:
/// document.yml has 9 lines (appended text starts at line 10), tekst.md 9 (appended text at line 11).
/// </summary>
internal static class BadInputCasesRound2
{
    private const string Yml = BadInputCases.Yml;
    private const string Md = BadInputCases.Md;
    private const string Org = BadInputCases.Org;
    private const string Ds = BadInputCases.Ds;
    private const string Layout = BadInputCases.Layout;
    private const string Head = BadInputCases.Head;
    private const string Note = "<https://example.org/bron>";

    public static IEnumerable<BadInput> All => Encodings.Concat(YamlDocuments).Concat(Hidden).Concat(Numbers).Concat(Links).Concat(MarksInLinks).Concat(NearMisses).Concat(Vanishing).Concat(FinalPage).Concat(Glyphs);

    private static IEnumerable<BadInput> Encodings =>
    [
        new("encoding: tekst.md in Latin-1", t => t.WriteBytes(Md, Encoding.Latin1.GetBytes(Support.ContentTree.NotaBody + "\n\nCafé en één.\n")), C.NotCleanText, Md, 11, 4),
        new("encoding: document.yml in UTF-16 with a byte-order mark", t => t.WriteBytes(Yml, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Support.ContentTree.NotaYaml)]), C.NotCleanText, Yml, 1, 1),
        new("encoding: tekst.md in UTF-16 without a mark", t => t.WriteBytes(Md, Encoding.BigEndianUnicode.GetBytes(Support.ContentTree.NotaBody)), C.NotCleanText, Md, 1, 1),
        new("encoding: an organisation in Latin-1", t => t.WriteBytes(Org, Encoding.Latin1.GetBytes(Support.ContentTree.Organisation.Replace("Voorbeeldzaken", "Économie", StringComparison.Ordinal))), C.NotCleanText, Org, 1, 28),
        new("encoding: data.csv in Latin-1", t => Dataset(t, "1").WriteBytes(Ds + "/data.csv", Encoding.Latin1.GetBytes("jaar,aantal\nvóór,1\n")), C.NotCleanText, Ds + "/data.csv", 2, 2),
        new("encoding: a partial in Latin-1", t => t.WriteBytes("templates/partials/kapot.sbn", Encoding.Latin1.GetBytes("Café")), C.NotCleanText, "templates/partials/kapot.sbn", 1, 4),
        new("encoding: a NUL byte in the text", t => t.Append(Md, "\n\nEen\0zin.\n"), C.NotCleanText, Md, 11, 4),
        new("encoding: a bell in the titel", t => t.Replace(Yml, "titel: Een proefnota", "titel: Een\aproefnota"), C.NotCleanText, Yml, 2, 11),
        new("encoding: an ANSI escape in the text", t => t.Append(Md, "\n\n\u001b[31mrood\n"), C.NotCleanText, Md, 11, 1),
        new("encoding: a C1 control (NEL) in the text", t => t.Append(Md, "\n\nEen\u0085zin.\n"), C.NotCleanText, Md, 11, 4),
        new("encoding: a NUL byte in a print layout", t => t.WriteBytes("templates/print/extra.typ", Encoding.UTF8.GetBytes("#let a = 1\0\n")), C.NotCleanText, "templates/print/extra.typ", 1, 11),
    ];

    private static IEnumerable<BadInput> YamlDocuments =>
    [
        new("yaml: a second document after ---", t => t.Append(Yml, "\n---\ntitel: Geheim\n"), C.YamlSyntax, Yml, 10, 1),
        new("yaml: a second document in an organisation", t => t.Organisation("---\nministerie: Een ander"), C.YamlSyntax, Org, 9, 1),
        new("yaml: a second document in dataset.yml", t => Dataset(t, "1").Append(Ds + "/dataset.yml", "\n---\ntitel: Anders\n"), C.YamlSyntax, Ds + "/dataset.yml"),
        new("yaml: a second document after ...", t => t.Append(Yml, "\n...\n---\ntitel: Geheim\n"), C.YamlSyntax, Yml),
    ];

    private static IEnumerable<BadInput> Hidden =>
    [
        new("hidden: a right-to-left override in the titel", t => t.Replace(Yml, "titel: Een proefnota", "titel: Een \u202Eproefnota"), C.NotCleanText, Yml, 2, 12),
        new("hidden: a direction isolate in the kenmerk", t => t.Replace(Yml, "kenmerk: \"123\"", "kenmerk: \"12\u20663\""), C.NotCleanText, Yml, 4, 13),
        new("hidden: a zero-width space before the kenmerk", t => t.Replace(Yml, "kenmerk: \"123\"", "kenmerk: \"\u200B123\""), C.NotCleanText, Yml, 4, 11),
        new("hidden: a zero-width space between digits", t => t.Replace(Yml, "kenmerk: \"123\"", "kenmerk: \"1\u200B23\""), C.NotCleanText, Yml, 4, 12),
        new("hidden: a Unicode tag character in the titel", t => t.Replace(Yml, "titel: Een proefnota", "titel: Een proefnota\U000E0041"), C.NotCleanText, Yml, 2, 21),
        new("hidden: an override in an organisation", t => t.Replace(Org, "Ministerie van Voorbeeldzaken", "Ministerie van \u202EVoorbeeldzaken"), C.NotCleanText, Org, 1, 28),
        new("hidden: an override in a dataset's titel", t => Dataset(t, "1").Replace(Ds + "/dataset.yml", "titel: Cijfers", "titel: Cij\u202Efers"), C.NotCleanText, Ds + "/dataset.yml", 1, 11),
    ];

    private static IEnumerable<BadInput> Numbers =>
    [
        new("number: 30 decimals", t => Dataset(t, "0.123456789012345678901234567890", type: "decimaal"), C.NotANumber, Ds + "/data.csv", 2, 6),
        new("number: one past decimal's range", t => Dataset(t, "79228162514264337593543950336"), C.NotANumber, Ds + "/data.csv", 2, 6),
        new("number: a 1 in the 30th significant digit", t => Dataset(t, "1.00000000000000000000000000001", type: "decimaal"), C.NotANumber, Ds + "/data.csv", 2, 6),
        new("number: a total with 31 digits", t => Dataset(t, "1", type: "decimaal").Append(Ds + "/dataset.yml", "\ntotaal:\n  aantal: 2.000000000000000000000000000001\n"), C.NotANumber, Ds + "/dataset.yml", 17, 11),
    ];

    private static IEnumerable<BadInput> Links =>
    [
        new("link: by reference to ../../etc/passwd", t => t.Append(Md, "\n\n[zie][r]\n\n[r]: ../../etc/passwd\n"), C.InvalidValue, Md, 11, 1),
        new("link: by reference to /etc/passwd", t => t.Append(Md, "\n\n[zie][r]\n\n[r]: /etc/passwd\n"), C.InvalidValue, Md, 11, 1),
        new("link: by reference to a relative page", t => t.Append(Md, "\n\n[zie][r]\n\n[r]: andere-nota.html\n"), C.InvalidValue, Md, 11, 1),
        new("link: by reference to a query", t => t.Append(Md, "\n\n[zie][r]\n\n[r]: ?x=1\n"), C.InvalidValue, Md, 11, 1),
        new("link: an empty <> target", t => t.Append(Md, "\n\n[zie](<>)\n"), C.InvalidValue, Md, 11, 1),
        new("link: a relative file", t => t.Append(Md, "\n\n[zie](andere-nota.pdf)\n"), C.InvalidValue, Md, 11, 1),
        new("link: an anchor", t => t.Append(Md, "\n\n[zie](#aanleiding)\n"), C.InvalidValue, Md, 11, 1),
        new("link: https with no host", t => t.Append(Md, "\n\n[zie](https:///etc/passwd)\n"), C.InvalidValue, Md, 11, 1),
        new("link: a user name that hides the host", t => t.Append(Md, "\n\n[zie](https://www.rijksoverheid.nl@elders.example/x)\n"), C.InvalidValue, Md, 11, 1),
        new("link: file:", t => t.Append(Md, "\n\n[zie](file:///etc/passwd)\n"), C.InvalidValue, Md, 11, 1),
        new("link: by reference in a YAML note", t => t.Replace(Yml, Note, "\"[bron][r]\\n\\n[r]: /etc/passwd\""), C.InvalidValue, Yml, 9, 9),
        new("link: a relative link in a YAML note", t => t.Replace(Yml, Note, "\"[bron](../tekst.md)\""), C.InvalidValue, Yml, 9, 9),
    ];

    private static IEnumerable<BadInput> MarksInLinks =>
    [
        new("woo: a mark in a link's address", t => t.Append(Md, "\n\n[zie](https://example.org/{lak 5.1.2e}geheim{/lak})\n"), C.BadRedaction, Md, 11, 27),
        new("woo: a mark in a link's title", t => t.Append(Md, "\n\n[zie](https://example.org \"{lak 5.1.2e}geheim{/lak}\")\n"), C.BadRedaction, Md, 11, 28),
        new("woo: a mark in a link definition", t => t.Append(Md, "\n\n[zie][r]\n\n[r]: https://example.org/{lak 5.1.2e}x{/lak}\n"), C.BadRedaction, Md, 13, 26),
        new("woo: a mark in an autolink", t => t.Append(Md, "\n\n<https://example.org/{lak 5.1.2e}x{/lak}>\n"), C.BadRedaction, Md, 11, 22),
    ];

    private static IEnumerable<BadInput> NearMisses =>
    [
        new("woo: a space after the brace", t => t.Append(Md, "\n\nEen { lak 5.1.2e}naam{/lak} hier.\n"), C.BadRedaction, Md, 11, 5),
        new("woo: no space before the ground", t => t.Append(Md, "\n\n{lak5.1.2e}naam{/lak}\n"), C.BadRedaction, Md, 11, 1),
        new("woo: square brackets", t => t.Append(Md, "\n\n[lak 5.1.2e]naam[/lak]\n"), C.BadRedaction, Md, 11, 1),
        new("woo: round brackets", t => t.Append(Md, "\n\n(lak 5.1.2e)naam(/lak)\n"), C.BadRedaction, Md, 11, 1),
        new("woo: the opening brace not closed", t => t.Append(Md, "\n\n{lak 5.1.2e naam{/lak}\n"), C.BadRedaction, Md, 11, 1),
        new("woo: a space in the closing mark", t => t.Append(Md, "\n\n{lak 5.1.2e}naam{/ lak}\n"), C.BadRedaction, Md, 11, 17),
        new("woo: full-width braces", t => t.Append(Md, "\n\n\uFF5Blak 5.1.2e\uFF5Dnaam\uFF5B/lak\uFF5D\n"), C.BadRedaction, Md, 11, 1),
        new("woo: a zero-width space inside lak", t => t.Append(Md, "\n\n{l\u200Bak 5.1.2e}naam{/lak}\n"), C.BadRedaction, Md, 11, 1),
        new("woo: a near-miss in a YAML note", t => t.Replace(Yml, Note, "\"{ lak 5.1.2e}x{/lak}\""), C.BadRedaction, Yml, 9, 9),
        new("woo: a near-miss in a dataset", t => Dataset(t, "1").Write(Ds + "/data.csv", "jaar,aantal\n{ lak 5.1.2e}2000,1\n"), C.BadRedaction, Ds + "/data.csv", 2, 1),
        new("woo: a near-miss in the titel", t => t.Replace(Yml, "titel: Een proefnota", "titel: Een [lak 5.1.2e]proef[/lak]nota"), C.BadRedaction, Yml, 2),
    ];

    private static IEnumerable<BadInput> Vanishing =>
    [
        new("markdown: a line read as an unused link definition", t => t.Append(Md, "\n\n[Let op]: https://example.org/let-op\n"), C.UnusedLinkDefinition, Md, 11, 1),
    ];

    /// <summary>Web-only template output that hides what it loads or runs: judged as the browser parses it.</summary>
    private static IEnumerable<BadInput> FinalPage =>
    [
        new("page: a CSS escape in url()", t => t.Replace(Head, "<title>", "<style>body { background: u\\72l(https://evil.example/x.png); }</style><title>"), C.BlockedRequest, Layout, 1, 1),
        new("page: image-set() with a remote string", t => t.Replace(Head, "<title>", "<style>body { background-image: image-set(\"https://evil.example/x.png\" 1x); }</style><title>"), C.BlockedRequest, Layout, 1, 1),
        new("page: an escaped @import", t => t.Replace(Head, "<title>", "<style>@\\69mport \"https://evil.example/x.css\";</style><title>"), C.BlockedRequest, Layout, 1, 1),
        new("page: a CSS escape in a style attribute", t => t.Replace(Layout, "</body>", "<div style=\"background: u\\72l(https://evil.example/x.png)\">x</div></body>"), C.BlockedRequest, Layout, 1, 1),
        new("page: a tab entity inside javascript:", t => t.Replace(Layout, "</body>", "{{ if medium == \"web\" }}<a href=\"java&#9;script:alert(1)\">x</a>{{ end }}</body>"), C.BlockedRequest, Layout, 1, 1),
        new("page: a line break entity inside javascript:", t => t.Replace(Layout, "</body>", "<a href=\"jav&#10;ascript:alert(1)\">x</a></body>"), C.BlockedRequest, Layout, 1, 1),
        new("page: SVG animation that rewrites an href", t => t.Replace(Layout, "</body>", "<svg><a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg></body>"), C.BlockedRequest, Layout, 1, 1),
        new("page: SVG animate on xlink:href", t => t.Replace(Layout, "</body>", "<svg><a xlink:href=\"#x\"><animate attributeName=\"xlink:href\" values=\"javascript:alert(1)\"/><text>x</text></a></svg></body>"), C.BlockedRequest, Layout, 1, 1),
    ];

    /// <summary>Characters the print fonts lack: check finds them where they were written, as publish would refuse them (issue 23, class 7).</summary>
    private static IEnumerable<BadInput> Glyphs =>
    [
        new("glyph: a star in the text", t => t.Append(Md, "\n\nEen ster \u2605 hier.\n"), C.FontNotBundled, Md, 11, 10),
        new("glyph: an emoji in the text", t => t.Append(Md, "\n\nEen lach \U0001F600.\n"), C.FontNotBundled, Md, 11, 10),
        new("glyph: an emoji written as an HTML entity", t => t.Append(Md, "\n\nEen lach &#x1F600;.\n"), C.FontNotBundled, Md, 11, 10),
        new("glyph: a combining mark the font lacks", t => t.Append(Md, "\n\nEen e\u20DD hier.\n"), C.FontNotBundled, Md, 11, 6),
        new("glyph: Hebrew in a code span", t => t.Append(Md, "\n\nCode `\u05D0` hier.\n"), C.FontNotBundled, Md, 11, 7),
        new("glyph: Chinese in the titel", t => t.Replace(Yml, "titel: Een proefnota", "titel: Een proefnota \u6F22"), C.FontNotBundled, Yml, 2, 22),
        new("glyph: an emoji as a YAML escape in the titel", t => t.Replace(Yml, "titel: Een proefnota", "titel: \"Een proefnota \\U0001F600\""), C.FontNotBundled, Yml, 2, 23),
        new("glyph: a star in a YAML note", t => t.Replace(Yml, Note, "Bron \u2605."), C.FontNotBundled, Yml, 9, 14),
        new("glyph: a star in a Markdown note", t => t.Replace(Md, "Een noot in de Markdown.", "Een noot met \u2605."), C.FontNotBundled, Md, 9, 24),
        new("glyph: a star in the sender's directie", t => t.Replace(Org, "Directie Testen", "Directie \u2605 Testen"), C.FontNotBundled, Org, 4, 14),
        new("glyph: a star in a dataset cell of a table", t => Dataset(t, "1").Write(Ds + "/data.csv", "jaar,aantal\n2000 \u2605,1\n").Append(Md, "\n\n::tabel[cijfers]\n").Append(Yml, "\ndatasets:\n  cijfers: \"1\"\n"), C.FontNotBundled, Ds + "/data.csv", 2, 1),
    ];

    private static BadInput.Tree Dataset(BadInput.Tree t, string value, string type = "geheel") => BadInputCases.Dataset(t, value, type: type);
}
