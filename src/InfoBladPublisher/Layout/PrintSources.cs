namespace InfoBladPublisher.Layout;

/// <summary>
/// Where a document's parts stand in tekst.md ("line:col"), so a page rule broken in the PDF points at its
/// cause: headings and tables by their order, notes by their number, paragraphs by their opening words.
/// </summary>
internal sealed class PrintSources
{
    private readonly List<string> _headings = [];
    private readonly List<(string Src, int Table)> _tables = [];
    private int _tableCount;
    private readonly Dictionary<int, string> _notes = [];
    private readonly List<(string Text, string Src)> _paragraphs = [];

    public static PrintSources None { get; } = new();

    /// <summary>The Woo grounds a bar in this document can show, to find the bars on the pages.</summary>
    public IReadOnlyCollection<string> Grounds { get; init; } = [];

    public void AddHeading(string src) => _headings.Add(src);

    /// <param name="pieces">How many tables the layout prints it as (a repair may start a new page at a row): each is tagged as a table, and all are this one.</param>
    public void AddTable(string src, int pieces = 1)
    {
        for (var i = 0; i < pieces; i++)
        {
            _tables.Add((src, _tableCount));
        }

        _tableCount++;
    }

    public void AddNote(int number, string src) => _notes.TryAdd(number, src);

    public void AddParagraph(string text, string src)
    {
        var key = Key(text);
        if (key.Length > 0)
        {
            _paragraphs.Add((key, src));
        }
    }

    public string? Heading(int index) => index < _headings.Count ? _headings[index] : null;

    /// <summary>Where the table tagged <paramref name="tagged"/>-th in the PDF stands in tekst.md.</summary>
    public string? Table(int tagged) => tagged < _tables.Count ? _tables[tagged].Src : null;

    /// <summary>Which table of the body (in body order) the <paramref name="tagged"/>-th table tagged in the PDF is a piece of.</summary>
    public int TableOf(int tagged) => tagged < _tables.Count ? _tables[tagged].Table : _tableCount + tagged - _tables.Count;

    /// <summary>Which table of the body (in body order) stands at <paramref name="src"/> in tekst.md; null for none.</summary>
    public int? TableIndexOf(string src) => _tables.Where(t => t.Src == src).Select(t => (int?)t.Table).FirstOrDefault();

    public string? Note(int number) => _notes.GetValueOrDefault(number);

    /// <summary>Every note by its number, with where it is first cited.</summary>
    public IEnumerable<(int Number, string Src)> Notes => _notes.OrderBy(n => n.Key).Select(n => (n.Key, n.Value));

    /// <summary>The paragraph whose text this piece of a page starts (or continues) with.</summary>
    public string? Paragraph(string text)
    {
        var key = Key(text);
        if (key.Length < 8)
        {
            return null;
        }

        foreach (var (words, src) in _paragraphs)
        {
            if (words.StartsWith(key[..Math.Min(key.Length, 40)], StringComparison.Ordinal) || words.Contains(key[..Math.Min(key.Length, 40)], StringComparison.Ordinal))
            {
                return src;
            }
        }

        return null;
    }

    // Letters and digits only: the PDF's text has no soft breaks, the source has no hyphenation.
    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());
}
