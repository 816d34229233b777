using System.Text;
using C = InfoBladPublisher.Diagnostics.DiagnosticCodes;

namespace InfoBladPublisher.Tests.Hostile;

/// <summary>
/// The bad-input corpus: what an attacker or a careless editor could put in a pull request, each with the
/// diagnostic that must come of it. Positions refer to ContentTree's nota (document.yml lines 1–10, tekst.md
/// lines 1–9; appended text starts at line 11) and organisation (appended lines start at line 8).
/// </summary>
internal static class BadInputCases
{
    internal const string Yml = "content/documenten/nota/document.yml";
    internal const string Md = "content/documenten/nota/tekst.md";
    internal const string Org = "content/organisaties/proef.yml";
    internal const string Layout = "templates/layouts/nota.sbn";
    internal const string Head = "templates/partials/head.sbn";
    internal const string Ds = "content/datasets/cijfers";

    private static readonly string[] AutolinkTargets =
        ["javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "vbscript:msgbox", "ftp://example.org/x", "mailto:geen-adres", "chrome://settings", "blob:https://example.org/x"];

    public static IEnumerable<BadInput> All => Yaml.Concat(Organisations).Concat(Logos).Concat(Paths).Concat(Markdown).Concat(Images).Concat(Datasets).Concat(Templates);

    private static IEnumerable<BadInput> Yaml =>
    [
        new("yaml: unclosed flow list", t => t.Replace(Yml, "titel: Een proefnota", "titel: [a, b"), C.YamlSyntax, Yml, 2),
        new("yaml: ':  :titel' (found by the fuzz tests)", t => t.Append(Yml, "\n:  :titel"), C.YamlSyntax, Yml),
        new("yaml: unclosed quote", t => t.Replace(Yml, "titel: Een proefnota", "titel: \"Een proefnota"), C.YamlSyntax, Yml),
        new("yaml: tab indentation", t => t.Replace(Yml, "  bron:", "\tbron:"), C.YamlSyntax, Yml),
        new("yaml: key given twice", t => t.Append(Yml, "\ntitel: nog een\n"), C.YamlSyntax, Yml),
        new("yaml: 100,000 nested lists", t => t.Append(Yml, "\nextra: " + new string('[', 100_000) + "\n"), C.OverLimit, Yml, 10, 40),
        new("yaml: 40 nested sequences on one line", t => t.Append(Yml, "\nextra:\n  " + string.Concat(Enumerable.Repeat("- ", 40)) + "x\n"), C.OverLimit, Yml, 11),
        new("yaml: 40 nested mappings", t => t.Append(Yml, "\nextra:\n" + string.Concat(Enumerable.Range(1, 40).Select(i => new string(' ', i) + "a:\n"))), C.OverLimit, Yml),
        new("yaml: empty file", t => t.Write(Yml, ""), C.EmptyContent, Yml, 1, 1),
        new("yaml: a list at the top", t => t.Write(Yml, "- type: nota\n"), C.WrongType, Yml, 1),
        new("yaml: unknown key", t => t.Append(Yml, "\nonderwerp: x\n"), C.UnknownKey, Yml, 10),
        new("yaml: required key missing", t => t.Replace(Yml, "titel: Een proefnota\n", ""), C.MissingKey, Yml),
        new("yaml: not a date", t => t.Replace(Yml, "datum: 2024-06-07", "datum: gisteren"), C.InvalidDate, Yml, 3),
        new("yaml: a day that does not exist", t => t.Replace(Yml, "datum: 2024-06-07", "datum: 2024-02-30"), C.InvalidDate, Yml, 3),
        new("yaml: titel as a list", t => t.Replace(Yml, "titel: Een proefnota", "titel: [a, b]"), C.WrongType, Yml, 2),
        new("yaml: titel as a mapping", t => t.Replace(Yml, "titel: Een proefnota", "titel: {a: b}"), C.WrongType, Yml, 2),
        new("yaml: status outside its list", t => t.Replace(Yml, "status: definitief", "status: klaar"), C.InvalidValue, Yml, 7),
        new("yaml: unknown afzender", t => t.Replace(Yml, "afzender: proef", "afzender: elders"), C.UnknownOrganisation, Yml, 5),
        new("yaml: file over 256 KiB", t => t.Append(Yml, "\n# " + new string('x', 300 * 1024) + "\n"), C.FileTooLarge, Yml, 1, 1),
        new("yaml: voetnoten as a list", t => t.Replace(Yml, "  bron: <https://example.org/bron>", "  - a"), C.WrongType, Yml),
        new("yaml: a python object tag", t => t.Replace(Yml, "titel: Een proefnota", "titel: !!python/object:os.system echo"), C.WrongType, Yml, 2),
        new("yaml: alias bomb", t => t.Append(Yml, "\nextra:\n a0: &a0 [x,x,x,x,x,x,x,x,x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $" a{i}: &a{i} [" + string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9)) + "]\n"))), C.UnknownKey, Yml, 10),
    ];

    private static IEnumerable<BadInput> Organisations =>
    [
        new("organisation: unclosed flow list", t => t.Organisation("directie: [a"), C.YamlSyntax, Org),
        new("organisation: id with a space", t => t.Write("content/organisaties/mijn org.yml", "ministerie: x\n"), C.InvalidValue, "content/organisaties/mijn org.yml", 1, 1),
        new("organisation: id of 100 characters", t => t.Write($"content/organisaties/{new string('o', 100)}.yml", "ministerie: x\n"), C.OverLimit, $"content/organisaties/{new string('o', 100)}.yml", 1, 1),
        new("organisation: file is a link to /etc/passwd", t => t.Link("content/organisaties/passwd.yml", "/etc/passwd"), C.PathOutsideRoot, "content/organisaties/passwd.yml", 1, 1),
    ];

    private static IEnumerable<BadInput> Logos =>
    [
        new("logo: missing", t => t.Organisation("logo: logos/weg.svg"), C.MissingFile, Org, 9, 7),
        new("logo: climbs out with ..", t => t.Organisation("logo: ../../../../etc/hostname"), C.PathOutsideRoot, Org, 9, 7),
        new("logo: absolute path", t => t.Organisation("logo: /etc/hostname"), C.PathOutsideRoot, Org, 9, 7),
        new("logo: through a linked folder to /proc/self", t => t.LinkFolder("content/logos", "/proc/self").Organisation("logo: logos/environ"), C.PathOutsideRoot, Org, 9, 7),
        new("logo: a linked file to /etc/hostname", t => t.Link("content/logo.svg", "/etc/hostname").Organisation("logo: logo.svg"), C.PathOutsideRoot, Org, 9, 7),
        new("logo: a link loop", t => t.Link("content/a.svg", "b.svg").Link("content/b.svg", "a.svg").Organisation("logo: a.svg"), C.PathOutsideRoot, Org, 9, 7),
        new("logo: a text file", t => t.Write("content/logo.txt", "hallo").Organisation("logo: logo.txt"), C.NotAnImage, Org, 9, 7),
        new("logo: text named .png", t => t.Write("content/logo.png", "PATH=/usr/bin\nTOKEN=geheim\n").Organisation("logo: logo.png"), C.NotAnImage, Org, 9, 7),
        new("logo: garbage named .jpg", t => t.WriteBytes("content/logo.jpg", [0xFF, 0xD8, 0xFF, 0x00, 0x01, 0x02]).Organisation("logo: logo.jpg"), C.NotAnImage, Org, 9, 7),
        new("logo: HTML named .svg", t => t.Write("content/logo.svg", "<html><body>x</body></html>").Organisation("logo: logo.svg"), C.NotAnImage, Org, 9, 7),
        new("logo: SVG with a DOCTYPE entity (XXE)", t => t.Write("content/logo.svg", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>").Organisation("logo: logo.svg"), C.NotAnImage, Org, 9, 7),
        new("logo: SVG with script", t => t.Write("content/logo.svg", Svg("<script>alert(1)</script>")).Organisation("logo: logo.svg"), C.UnsafeMarkup, "content/logo.svg", 3, 3),
        new("logo: SVG with onload", t => t.Write("content/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>").Organisation("logo: logo.svg"), C.UnsafeMarkup, "content/logo.svg", 1, 2),
        new("logo: SVG with an external image", t => t.Write("content/logo.svg", Svg("<image href=\"https://evil.example/x.png\"/>")).Organisation("logo: logo.svg"), C.UnsafeMarkup, "content/logo.svg", 3, 3),
        new("logo: SVG with a remote use", t => t.Write("content/logo.svg", Svg("<use href=\"https://evil.example/s.svg#a\"/>")).Organisation("logo: logo.svg"), C.UnsafeMarkup, "content/logo.svg", 3, 3),
        new("logo: SVG with foreignObject", t => t.Write("content/logo.svg", Svg("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>")).Organisation("logo: logo.svg"), C.UnsafeMarkup, "content/logo.svg", 3, 3),
        new("logo: SVG with @import", t => t.Write("content/logo.svg", Svg("<style>@import url(https://evil.example/a.css);</style>")).Organisation("logo: logo.svg"), C.UnsafeMarkup, "content/logo.svg"),
        new("logo: SVG with a remote url() in style", t => t.Write("content/logo.svg", Svg("<rect style=\"fill: url(https://evil.example/p)\"/>")).Organisation("logo: logo.svg"), C.UnsafeMarkup, "content/logo.svg", 3, 3),
        new("logo: SVG with an xml-stylesheet", t => t.Write("content/logo.svg", "<?xml-stylesheet href=\"https://evil.example/a.css\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>").Organisation("logo: logo.svg"), C.UnsafeMarkup, "content/logo.svg", 1),
        new("logo: over 2 MiB", t => t.Write("content/logo.svg", Svg("<!--" + new string('x', 3 * 1024 * 1024) + "-->")).Organisation("logo: logo.svg"), C.FileTooLarge, Org, 9, 7),
        new("logo: PNG of 10,000 × 1 pixels", t => t.WriteBytes("content/logo.png", Png(10_000, 1)).Organisation("logo: logo.png"), C.OverLimit, Org, 9, 7),
        new("logo: PNG of 5,000 × 5,000 pixels", t => t.WriteBytes("content/logo.png", Png(5_000, 5_000)).Organisation("logo: logo.png"), C.OverLimit, Org, 9, 7),
    ];

    private static IEnumerable<BadInput> Paths =>
    [
        new("path: document folder linked outside", t => t.LinkFolder("content/documenten/elders", t.PathOf("content/documenten/nota")).LinkFolder("content/documenten/buiten", "/etc"), C.PathOutsideRoot, "content/documenten/buiten/document.yml", 1, 1),
        new("path: tekst.md linked to /etc/passwd", t => t.Write("content/documenten/nota/tekst.md.bak", "").Replace(Md, "# Aanleiding", "# Aanleiding").Link("content/documenten/tweede/tekst.md", "/etc/passwd").Write("content/documenten/tweede/document.yml", "type: nota\n"), C.PathOutsideRoot, "content/documenten/tweede/tekst.md", 1, 1),
        new("path: document id of 100 characters", t => t.Write($"content/documenten/{new string('d', 100)}/document.yml", "x: y\n"), C.OverLimit, $"content/documenten/{new string('d', 100)}", 1, 1),
        new("path: document id with a dot", t => t.Write("content/documenten/.verborgen/document.yml", "x: y\n"), C.InvalidValue, "content/documenten/.verborgen", 1, 1),
        new("path: a document named index (the release's own page)", t => t.Write("content/documenten/index/document.yml", "x: y\n"), C.InvalidValue, "content/documenten/index", 1, 1),
        new("path: two document ids that differ only in case", t => t.Write("content/documenten/Nota/document.yml", "x: y\n"), C.InvalidValue, "content/documenten/nota", 1, 1),
        new("path: missing tekst.md", t => t.Write("content/documenten/leeg/document.yml", "type: nota\n"), C.MissingFile, "content/documenten/leeg/tekst.md", 1, 1),
        new("path: body over 4 MiB", t => t.Append(Md, "\n\n" + string.Concat(Enumerable.Repeat("Een zin van een paar woorden. ", 160_000)) + "\n"), C.FileTooLarge, Md, 1, 1),
    ];

    private static IEnumerable<BadInput> Markdown =>
    [
        .. AutolinkTargets.Select(url => new BadInput($"markdown: autolink <{url[..url.IndexOf(':', StringComparison.Ordinal)]}:…>", t => t.Append(Md, $"\n\nZie <{url}>.\n"), C.InvalidValue, Md, 11, 5)),
        new("markdown: link to javascript:", t => t.Append(Md, "\n\n[klik](javascript:alert(1))\n"), C.InvalidValue, Md, 11, 1),
        new("markdown: protocol-relative link", t => t.Append(Md, "\n\n[klik](//evil.example/x)\n"), C.InvalidValue, Md, 11, 1),
        new("markdown: protocol-relative image", t => t.Append(Md, "\n\n![Een plaatje](//evil.example/t.png)\n"), C.InvalidValue, Md, 11, 1),
        new("markdown: image named with an absolute path", t => t.Append(Md, "\n\n![Een plaatje](/etc/hostname)\n"), C.PathOutsideRoot, Md, 11, 1),
        new("markdown: image climbing out in percent-encoding", t => t.Append(Md, "\n\n![Een plaatje](%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hostname)\n"), C.PathOutsideRoot, Md, 11, 1),
        new("markdown: link to data:", t => t.Append(Md, "\n\n[klik](data:text/html;base64,PHNjcmlwdD4=)\n"), C.InvalidValue, Md, 11, 1),
        new("markdown: autolink in a YAML note", t => t.Replace(Yml, "<https://example.org/bron>", "<javascript:alert(1)>"), C.InvalidValue, Yml, 9, 9),
        new("markdown: 20,000 nested quotes", t => t.Append(Md, "\n\n" + new string('>', 20_000) + " x\n"), C.OverLimit, Md, 11, 1),
        new("markdown: 20,000 nested brackets", t => t.Append(Md, "\n\n" + new string('[', 20_000) + "x" + new string(']', 20_000) + "\n"), C.OverLimit, Md, 11, 1),
        new("markdown: 20,000 nested emphasis", t => t.Append(Md, "\n\n" + new string('*', 20_000) + "x" + new string('*', 20_000) + "\n"), C.OverLimit, Md, 11),
        new("markdown: 40 nested quotes", t => t.Append(Md, "\n\n" + string.Concat(Enumerable.Repeat("> ", 40)) + "x\n"), C.OverLimit, Md, 11),
        new("markdown: a word of 200,000 characters", t => t.Append(Md, "\n\n" + new string('a', 200_000) + "\n"), C.WordTooLong, Md, 11, 1),
        new("markdown: a note cites a note", t => t.Append(Md, "\n\nEen zin.[^a]\n\n[^a]: Met een noot[^b].\n\n[^b]: Binnen.\n"), C.NoteInNote, Md, 13, 19),
        new("markdown: a YAML note cites a note", t => t.Replace(Yml, "<https://example.org/bron>", "zie ook[^eigen]"), C.NoteInNote, Yml, 9, 9),
        new("markdown: 1,001 notes", t => t.Append(Md, "\n\n" + string.Concat(Enumerable.Range(1, 1001).Select(i => $"Zin.[^n{i}]\n\n[^n{i}]: Noot {i}.\n\n"))), C.OverLimit, Md),
        new("markdown: undefined note", t => t.Append(Md, "\n\nEen zin.[^weg]\n"), C.FootnoteUndefined, Md, 11, 9),
        new("markdown: link to an unknown document", t => t.Append(Md, "\n\n[zie](doc:bestaat-niet)\n"), C.UnknownDocumentLink, Md, 11, 1),
    ];

    private static IEnumerable<BadInput> Images =>
    [
        new("image: remote", t => t.Append(Md, "\n\n![x](https://evil.example/t.png)\n"), C.InvalidValue, Md, 11, 1),
        new("image: missing file", t => t.Append(Md, "\n\n![Een plaatje](weg.png)\n"), C.MissingFile, Md, 11, 1),
        new("image: climbs out", t => t.Append(Md, "\n\n![Een plaatje](../../../../../etc/hostname)\n"), C.PathOutsideRoot, Md, 11, 1),
        new("image: linked to /proc/self/environ", t => t.Link("content/documenten/nota/env.png", "/proc/self/environ").Append(Md, "\n\n![Een plaatje](env.png)\n"), C.PathOutsideRoot, Md, 11, 1),
        new("image: SVG with script", t => t.Write("content/documenten/nota/f.svg", Svg("<script>alert(1)</script>")).Append(Md, "\n\n![Een figuur](f.svg)\n"), C.UnsafeMarkup, "content/documenten/nota/f.svg", 3, 3),
        new("image: not an image", t => t.Write("content/documenten/nota/f.png", "geen plaatje").Append(Md, "\n\n![Een figuur](f.png)\n"), C.NotAnImage, Md, 11, 1),
        new("image: no text alternative", t => t.WriteBytes("content/documenten/nota/f.png", Png(10, 10)).Append(Md, "\n\n![](f.png)\n"), C.InvalidValue, Md, 11, 1),
    ];

    private static IEnumerable<BadInput> Datasets =>
    [
        new("dataset: negative value in a chart", t => Dataset(t, "-5").Append(Md, "\n\n::grafiek[cijfers]{soort=staaf}\n"), C.BadDirective, Md, 11, 1),
        new("dataset: more than 10,000 rows", t => Dataset(t, "1", rows: 10_001), C.OverLimit, Ds + "/dataset.yml", 1, 1),
        new("dataset: data.csv linked outside", t => Dataset(t, "1").Link(Ds + "/data.csv", "/etc/passwd"), C.PathOutsideRoot, Ds + "/data.csv", 1, 1),
        new("dataset: id with a space", t => Dataset(t, "1", id: "mijn cijfers"), C.InvalidValue, "content/datasets/mijn cijfers", 1, 1),
        new("dataset: data.csv over 16 MiB", t => Dataset(t, "1").Write(Ds + "/data.csv", "jaar,aantal\n" + new string('#', 17 * 1024 * 1024)), C.FileTooLarge, Ds + "/data.csv", 1, 1),
        new("dataset: a row with a field too many", t => Dataset(t, "1").Append(Ds + "/data.csv", "2003,4,5\n"), C.MalformedCsv, Ds + "/data.csv", 4, 1),
        new("dataset: an unclosed quote", t => Dataset(t, "1").Append(Ds + "/data.csv", "\"2003,4\n"), C.MalformedCsv, Ds + "/data.csv"),
        new("dataset: rows in data.csv and in dataset.yml", t => Dataset(t, "1").Append(Ds + "/dataset.yml", "\nrijen:\n  - jaar: \"2001\"\n    aantal: 1\n"), C.RowsGivenTwice, Ds + "/dataset.yml", 17, 3),
        new("dataset: dataset.yml unclosed", t => Dataset(t, "1").Replace(Ds + "/dataset.yml", "titel: Cijfers", "titel: [Cijfers"), C.YamlSyntax, Ds + "/dataset.yml"),
    ];

    private static IEnumerable<BadInput> Templates =>
    [
        new("template: script", t => t.Replace(Layout, "</body>", "<script>fetch('http://127.0.0.1:9/')</script></body>"), C.BlockedRequest, Layout, 1, 1),
        new("template: @import from the web", t => t.Replace(Head, "<title>", "<style>@import \"http://evil.example/x.css\";</style><title>"), C.BlockedRequest, Layout, 1, 1),
        new("template: meta refresh", t => t.Replace(Head, "<title>", "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example\"><title>"), C.BlockedRequest, Layout, 1, 1),
        new("template: an image only on the web page", t => t.Replace(Layout, "</body>", "{{ if medium == \"web\" }}<img src=\"https://evil.example/t.gif\" alt=\"\">{{ end }}</body>"), C.BlockedRequest, Layout, 1, 1),
        new("template: an event handler", t => t.Replace(Layout, "</body>", "<div onmouseover=\"alert(1)\">x</div></body>"), C.BlockedRequest, Layout, 1, 1),
        new("template: an iframe", t => t.Replace(Layout, "</body>", "<iframe src=\"about:blank\"></iframe></body>"), C.BlockedRequest, Layout, 1, 1),
        new("template: a javascript: link", t => t.Replace(Layout, "</body>", "<a href=\"javascript:alert(1)\">x</a></body>"), C.BlockedRequest, Layout, 1, 1),
        new("template: a base element", t => t.Replace(Head, "<title>", "<base href=\"https://evil.example/\"><title>"), C.BlockedRequest, Layout, 1, 1),
        new("template: body cut short", t => t.Replace(Layout, "{{ body }}", "{{ body | string.truncate 100 }}"), C.PageIncomplete, Layout, 1, 1),
        new("template: body left out", t => t.Replace(Layout, "{{ body }}", ""), C.PageIncomplete, Layout, 1, 1),
        new("template: no </html>", t => t.Replace(Layout, "</html>", ""), C.PageIncomplete, Layout, 1, 1),
        new("template: math.random", t => t.Replace(Layout, "</body>", "{{ math.random 1 10 }}</body>"), C.TemplateRuntime, Layout),
        new("template: math.uuid", t => t.Replace(Layout, "</body>", "{{ math.uuid }}</body>"), C.TemplateRuntime, Layout),
        new("template: date.now", t => t.Replace(Layout, "</body>", "{{ date.now }}</body>"), C.TemplateRuntime, Layout),
        new("template: include a system file", t => t.Replace(Layout, "</body>", "{{ include '/etc/passwd' }}</body>"), C.TemplateRuntime, Layout),
        new("template: partial climbing out", t => t.Replace(Layout, "</body>", "{{ partial '../../../../etc/passwd' }}</body>"), C.TemplateRuntime, Layout),
        new("template: a linked partial", t => t.Link("templates/partials/geheim.sbn", "/etc/hostname").Replace(Layout, "</body>", "{{ partial 'geheim' }}</body>"), C.PathOutsideRoot, "templates/partials/geheim.sbn", 1, 1),
        new("template: endless loop", t => t.Replace(Layout, "</body>", "{{ while true }}x{{ end }}</body>"), C.TemplateRuntime, Layout),
        new("template: endless recursion", t => t.Replace(Layout, "</body>", "{{ func f; f; end; f }}</body>"), C.TemplateRuntime, Layout),
        new("template: a gigabyte string", t => t.Replace(Layout, "</body>", "{{ 'x' * 1000000000 }}</body>"), C.TemplateRuntime, Layout),
        new("template: syntax error", t => t.Replace(Layout, "{{ body }}", "{{ body "), C.TemplateSyntax, Layout),
        new("template: file over 512 KiB", t => t.Append(Layout, "{{# " + new string('x', 600 * 1024) + " }}"), C.FileTooLarge, Layout, 1, 1),
        new("template: stylesheet through a linked assets folder", t => t.LinkFolder("templates/assets/etc", "/etc").Replace("templates/assets/css/screen.css", "body", "html { background: url(\"../etc/hostname\"); }\nbody"), C.PathOutsideRoot, "templates/assets/etc", 1, 1),
    ];

    /// <summary>A valid SVG with <paramref name="inner"/> on line 3, starting at column 2.</summary>
    private static string Svg(string inner) => "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n <rect width=\"10\" height=\"10\"/>\n " + inner + "\n</svg>";

    private static byte[] Png(int width, int height)
    {
        using var image = new ImageMagick.MagickImage(ImageMagick.MagickColors.SteelBlue, (uint)width, (uint)height);
        return image.ToByteArray(ImageMagick.MagickFormat.Png);
    }

    /// <summary>A valid dataset of <paramref name="rows"/> rows whose first 'aantal' cell is <paramref name="value"/>, in a column of <paramref name="type"/>.</summary>
    internal static BadInput.Tree Dataset(BadInput.Tree t, string value, int rows = 2, string id = "cijfers", string type = "geheel")
    {
        var folder = $"content/datasets/{id}";
        var csv = new StringBuilder("jaar,aantal\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(2000 + i).Append(',').Append(i == 0 ? value : "1").Append('\n');
        }

        return t.Write(folder + "/dataset.yml", Support.ContentTree.DatasetYaml(type: type)).Write(folder + "/data.csv", csv.ToString());
    }
}
