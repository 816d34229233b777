using InfoBladPublisher.Model;
using InfoBladPublisher.Rendering.Assets;
using InfoBladPublisher.Templates;

namespace InfoBladPublisher.Rendering.Print;

/// <summary>What Typst compiles for one document: its layout and every file it may read, by path in the Typst root.</summary>
/// <param name="Main">The type's layout, e.g. <c>/print/nota.typ</c>.</param>
/// <param name="Sources">Where the body's parts stand in tekst.md, for the gate's messages.</param>
internal sealed record PrintSource(string Main, IReadOnlyDictionary<string, byte[]> Files, Layout.PrintSources Sources)
{
    /// <summary>The same document laid out again with these repairs (and none of this one's).</summary>
    public required Func<Layout.LayoutRepairs, PrintSource> Repaired { get; init; }

    /// <summary>The repairs this source was made with.</summary>
    public Layout.LayoutRepairs Repairs { get; init; } = Layout.LayoutRepairs.None;

    /// <summary>The hash of every file Typst reads for the document: equal fingerprints, equal PDFs.</summary>
    public string Fingerprint() =>
        Common.Hashing.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(string.Concat(
            Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + " " + Common.Hashing.Sha256Hex(f.Value) + "\n"))));

    /// <param name="intern">The internal build: withheld passages highlighted, INTERN on every page.</param>
    /// <param name="tokens">The house style's tokens, which every layout reads as <see cref="HouseTokens.PrintFile"/>.</param>
    public static PrintSource For(Document doc, PrintLayouts layouts, HouseTokens tokens, AssetCatalog assets, bool intern) =>
        For(doc, layouts, tokens, assets, intern, Layout.LayoutRepairs.None);

    private static PrintSource For(Document doc, PrintLayouts layouts, HouseTokens tokens, AssetCatalog assets, bool intern, Layout.LayoutRepairs repairs)
    {
        var files = new PrintFiles();
        // Not the other types' layouts: a change to the bijlage's layout must not render every nota again.
        var others = DocumentType.All.Where(t => t != doc.Meta.Type).Select(t => PrintLayouts.MainOf(t.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, bytes) in layouts.Files.Where(f => !others.Contains(f.Key)))
        {
            files.Put(path, bytes);
        }

        files.Put(HouseTokens.PrintFile, tokens.PrintJson);

        var logo = doc.Afzender.Logo is { } own ? "/logo" + own.Extension : "/logo.svg";
        files.Put(logo, doc.Afzender.Logo?.Bytes ?? assets.TryRead(Html.HtmlPageRenderer.PlaceholderLogo) ?? []);
        var breaks = PageBreakPlan.For(doc.Body, repairs, tokens.WholeTableRows);
        var sources = PrintSourcesOf.Body(doc.Body, breaks);
        files.Put(PrintData.DataFile, PrintData.Write(doc, logo, intern, files, breaks));
        return new PrintSource(PrintLayouts.MainOf(doc.Meta.Type.Name), files.All, sources)
        {
            Repairs = repairs,
            Repaired = next => For(doc, layouts, tokens, assets, intern, next),
        };
    }
}
