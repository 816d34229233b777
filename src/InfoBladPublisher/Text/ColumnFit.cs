using SkiaSharp;

namespace InfoBladPublisher.Text;

/// <summary>
/// Whether a word fits the text column, measured in the bundled Fira Sans as the print layouts set it: the body
/// at its size (headings bold), the title bold at the title's size. Typst does not break a word that is wider
/// than its line; the page would refuse it (IBP072), so <c>check</c> finds it first, at the word.
/// </summary>
internal sealed class ColumnFit : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(double SizePt, bool Bold), SKFont> _fonts = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Word, double SizePt, bool Bold), double> _widths = new();
    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;

    private ColumnFit(SKTypeface regular, SKTypeface bold, double columnMm, double bodyPt, double titlePt, double gutterMm, double dataGutterMm)
    {
        GutterMm = gutterMm;
        DataGutterMm = dataGutterMm;
        _regular = regular;
        _bold = bold;
        ColumnMm = columnMm;
        BodyPt = bodyPt;
        TitlePt = titlePt;
    }

    public double ColumnMm { get; }

    public double BodyPt { get; }

    public double TitlePt { get; }

    /// <summary>The room between a table's columns, and between a dataset table's.</summary>
    public double GutterMm { get; }

    public double DataGutterMm { get; }

    /// <param name="columnPt">The text column's width, and the sizes: from the tokens, as the print layouts read them.</param>
    /// <returns>Null when the fonts are not there to measure with; the layout gate still checks the page.</returns>
    public static ColumnFit? Create(double columnPt, double bodyPt, double titlePt, (double Table, double DataTable) gutterPt, string fontsFolder)
    {
        var regular = Path.Combine(fontsFolder, "fira-sans-latin-400-normal.woff");
        var bold = Path.Combine(fontsFolder, "fira-sans-latin-700-normal.woff");
        if (!File.Exists(regular) || !File.Exists(bold))
        {
            return null;
        }

        return SKTypeface.FromFile(regular) is { } r && SKTypeface.FromFile(bold) is { } b ? new ColumnFit(r, b, columnPt * 25.4 / 72, bodyPt, titlePt, gutterPt.Table * 25.4 / 72, gutterPt.DataTable * 25.4 / 72) : null;
    }

    /// <summary>The word's width in mm at <paramref name="sizePt"/>; a text repeats its words, so each is measured once.</summary>
    public double WidthMm(string word, double sizePt, bool bold) =>
        _widths.GetOrAdd((word, sizePt, bold), key =>
        {
            var font = _fonts.GetOrAdd((key.SizePt, key.Bold), f => new SKFont(f.Bold ? _bold : _regular, (float)f.SizePt));
            lock (font)
            {
                return font.MeasureText(key.Word) * 25.4 / 72;
            }
        });

    public bool Fits(string word, double sizePt, bool bold) => WidthMm(word, sizePt, bold) <= ColumnMm;

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _regular.Dispose();
        _bold.Dispose();
    }
}
