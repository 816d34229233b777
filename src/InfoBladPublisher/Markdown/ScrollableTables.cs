using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// Web only: every table in the text may reach the keyboard (<c>tabindex="0"</c>), because on a phone a wide
/// table scrolls sideways and a region that scrolls must be reachable without a mouse (WCAG 2.1.1; axe's
/// scrollable-region-focusable). Added for one render and removed again, so the tree stays as it was parsed.
/// </summary>
internal sealed class ScrollableTables : IDisposable
{
    private const string Attribute = "tabindex";

    private readonly List<Markdig.Extensions.Tables.Table> _marked;

    private ScrollableTables(MarkdownDocument syntax)
    {
        _marked = syntax.Descendants<Markdig.Extensions.Tables.Table>().ToList();
        foreach (var table in _marked)
        {
            table.GetAttributes().AddProperty(Attribute, "0");
        }
    }

    public static IDisposable Apply(MarkdownDocument syntax) => new ScrollableTables(syntax);

    public void Dispose()
    {
        foreach (var table in _marked)
        {
            table.TryGetAttributes()?.Properties?.RemoveAll(p => p.Key == Attribute);
        }
    }
}
