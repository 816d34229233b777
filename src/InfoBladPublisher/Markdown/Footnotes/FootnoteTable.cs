namespace InfoBladPublisher.Markdown.Footnotes;

internal sealed class FootnoteTable
{
    private readonly Dictionary<string, Footnote> _byLabel;

    public FootnoteTable(IEnumerable<Footnote> notes)
    {
        Notes = notes.OrderBy(n => n.Number).ToList();
        _byLabel = Notes.ToDictionary(n => n.Label, StringComparer.Ordinal);
    }

    public static FootnoteTable Empty { get; } = new([]);

    /// <summary>In number order, 1..n.</summary>
    public IReadOnlyList<Footnote> Notes { get; }

    public bool TryGet(string label, out Footnote note) => _byLabel.TryGetValue(label, out note!);
}
