using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// Marks each block of the print HTML with its place in tekst.md (<c>data-src="line:col"</c>), so that the layout
/// gate can point at the paragraph, heading or table a page problem comes from. Print only: the marks are added
/// for one render and removed again, so the web page never carries them.
/// </summary>
internal sealed class SourceMarks : IDisposable
{
    public const string Attribute = "data-src";

    private readonly List<MarkdownObject> _marked = [];

    private SourceMarks(MarkdownDocument syntax)
    {
        foreach (var block in syntax.Descendants<Block>())
        {
            if (block is ParagraphBlock or HeadingBlock or ListItemBlock or Markdig.Extensions.Tables.Table or Figures.DataBlock)
            {
                block.GetAttributes().AddProperty(Attribute, Of(block.Line, block.Column));
                _marked.Add(block);
            }
        }
    }

    public static IDisposable Apply(MarkdownDocument syntax) => new SourceMarks(syntax);

    /// <summary>1-based, as editors count: Markdig counts lines and columns from 0.</summary>
    public static string Of(int line, int column) => string.Create(CultureInfo.InvariantCulture, $"{line + 1}:{column + 1}");

    public void Dispose()
    {
        foreach (var block in _marked)
        {
            block.TryGetAttributes()?.Properties?.RemoveAll(p => p.Key == Attribute);
        }
    }
}
