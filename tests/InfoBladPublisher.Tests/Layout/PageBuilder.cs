using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>Synthetic laid-out pages (A4 in CSS px, a 120 mm column) for testing one rule at a time.</summary>
internal sealed class PageBuilder
{
    public const double Width = 793.7;
    public const double Height = 1122.5;
    public static readonly Box Area = new(87, 113, 453.5, 926);

    private readonly List<BlockFacts> _blocks = [];
    private readonly List<TableFacts> _tables = [];
    private readonly List<CallFacts> _calls = [];
    private readonly List<NoteFacts> _notes = [];
    private readonly List<MarginFacts> _margins = [];
    private readonly List<FurnitureFacts> _furniture = [];
    private Box? _noteArea;
    private bool _forcedBreak;

    public static LayoutContext Context(params FontUse[] fonts) =>
        new("content/documenten/d/tekst.md", new SourcePosition("content/documenten/d/document.yml", 1, 1), fonts, ["Fira Sans"], "Pagina {n} van {m}");

    public static LayoutFacts Document(params PageBuilder[] pages)
    {
        var built = pages.Select((p, i) => p.Build(i, pages.Length)).ToList();
        return new LayoutFacts(built);
    }

    /// <summary>A paragraph from <paramref name="top"/> to <paramref name="bottom"/> in the column.</summary>
    public PageBuilder Text(string? src, double top, double bottom, string text = "tekst", string region = "tekst", string tag = "p", double left = 87, double right = 540.5)
    {
        _blocks.Add(new BlockFacts("tekst", region, tag, src, tag.StartsWith('h'), text, new Box(left, top, right - left, bottom - top)));
        return this;
    }

    public PageBuilder Heading(string? src, double top, string text = "Kop") => Text(src, top, top + 17, text, tag: "h2");

    public PageBuilder Image(string region, Box box, string? src = null)
    {
        _blocks.Add(new BlockFacts("beeld", region, "img", src, false, string.Empty, box));
        return this;
    }

    public PageBuilder Table(string id, string src, int bodyRows)
    {
        _tables.Add(new TableFacts(id, src, bodyRows));
        return this;
    }

    /// <param name="apart">The call does not stand on the line of the word before it.</param>
    public PageBuilder Call(string owner, string label, string src, bool apart = false)
    {
        _calls.Add(new CallFacts(owner, label, src, apart ? -1 : 0));
        return this;
    }

    /// <summary>A note at the foot of the page (or, with <paramref name="atFoot"/> false, left in the text).</summary>
    public PageBuilder Note(string id, int number, string src, bool atFoot = true, string? marker = null)
    {
        _notes.Add(new NoteFacts(id, number, marker ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture), atFoot, src));
        _noteArea ??= new Box(Area.X, Area.Bottom - 60, Area.W, 60);
        return this;
    }

    public PageBuilder Margin(string name, string text, Box? box = null)
    {
        _margins.Add(new MarginFacts(name, text, box ?? new Box(540, 937, 151, 72)));
        return this;
    }

    /// <summary>An area of furniture the layout declares on this page.</summary>
    public PageBuilder Furniture(string name, Box box, FurnitureHolds holds = FurnitureHolds.Nothing)
    {
        _furniture.Add(new FurnitureFacts(name, holds, box));
        return this;
    }

    public PageBuilder ForcedBreakBefore()
    {
        _forcedBreak = true;
        return this;
    }

    private PageFacts Build(int index, int count)
    {
        var margins = _margins.Count > 0 ? _margins : [new MarginFacts("right-bottom", $"Pagina {index + 1} van {count}", new Box(540, 937, 151, 72))];
        return new PageFacts(index, Width, Height, Area, _noteArea, _forcedBreak, _blocks, _tables, _calls, _notes, margins) { Furniture = _furniture };
    }
}
