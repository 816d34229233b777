using System.Globalization;
using System.Text;

namespace InfoBladPublisher.StressCorpus;

/// <summary>Writes one document's tekst.md: about <c>pages</c> pages of sections with notes, lists, tables and charts.</summary>
internal sealed class BodyWriter(Random random, int pages, string dataset = "stress-reeks")
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _pendingNotes = [];

    /// <summary>Whether to write the layout traps (<see cref="CorpusShape.LayoutTraps"/>); off keeps older seeds' corpora as they were.</summary>
    public bool Traps { get; init; }

    public int NoteCount { get; private set; }

    public int ChartCount { get; private set; }

    public bool UsesDataset { get; private set; }

    public string Write()
    {
        // About 420 words of text fit on a page beside the colofon; tables and notes take their share.
        var words = 0;
        var budget = pages * 330;
        var section = 0;
        while (words < budget)
        {
            section++;
            _text.Append("# ").Append(Words.Heading(random)).Append("\n\n");
            var paragraphs = 1 + random.Next(4);
            for (var p = 0; p < paragraphs; p++)
            {
                words += Paragraph();
                if (random.Next(6) == 0)
                {
                    words += List();
                }

                if (random.Next(7) == 0)
                {
                    words += Table();
                }

                if (random.Next(14) == 0)
                {
                    Chart();
                    words += 150;
                }
            }

            if (random.Next(3) == 0)
            {
                _text.Append("## ").Append(Words.Heading(random)).Append("\n\n");
                words += Paragraph();
            }

            if (Traps && random.Next(2) == 0)
            {
                // A heading with a table, a list or a chart straight under it, no text between.
                _text.Append("## ").Append(Words.Heading(random)).Append("\n\n");
                switch (random.Next(3))
                {
                    case 0:
                        words += Table();
                        break;
                    case 1:
                        words += List();
                        break;
                    default:
                        Chart();
                        words += 150;
                        break;
                }

                words += Paragraph();
            }

            FlushNotes();
        }

        return _text.ToString();
    }

    private int Paragraph()
    {
        var sentences = 2 + random.Next(7);
        var words = 0;
        for (var s = 0; s < sentences; s++)
        {
            var sentence = Words.Sentence(random);
            words += sentence.Count(c => c == ' ') + 1;
            _text.Append(sentence);
            var roll = random.Next(Traps ? 12 : 25);
            if (roll < 3)
            {
                _text.Length--; // the call goes before the full stop
                Cite();
                if (roll == 0 || (Traps && roll == 1))
                {
                    // Several calls in one line.
                    _text.Append(" en ").Append(Words.Term(random));
                    Cite();
                    if (random.Next(2) == 0)
                    {
                        _text.Append(',');
                        Cite();
                    }
                }

                _text.Append('.');
            }

            _text.Append(' ');
        }

        _text.Length--;
        _text.Append("\n\n");
        return words;
    }

    private void Cite()
    {
        NoteCount++;
        var label = string.Create(CultureInfo.InvariantCulture, $"n{NoteCount}");
        _text.Append("[^").Append(label).Append(']');
        var lines = random.Next(10) switch
        {
            < 5 => 1,
            < 7 => 2,
            < 9 => 3 + random.Next(3),
            _ => 6 + random.Next(5),
        };
        if (Traps && random.Next(12) == 0)
        {
            lines = 15 + random.Next(16); // longer than the space left on most pages
        }

        _pendingNotes.Add($"[^{label}]: {Words.Note(random, lines)}");
    }

    private int List()
    {
        var items = 3 + random.Next(6);
        var ordered = random.Next(3) == 0;
        for (var i = 1; i <= items; i++)
        {
            _text.Append(ordered ? string.Create(CultureInfo.InvariantCulture, $"{i}. ") : "- ").Append(Words.Sentence(random, 4, 16));
            if (random.Next(Traps ? 3 : 8) == 0)
            {
                _text.Length--;
                Cite();
                _text.Append('.');
            }

            _text.Append('\n');
        }

        _text.Append('\n');
        return items * 10;
    }

    private int Table()
    {
        var rows = random.Next(10) < 7 ? 3 + random.Next(10) : 13 + random.Next(48);
        _text.Append("| Onderdeel | Aantal | Aandeel | Toelichting |\n| --- | ---: | ---: | --- |\n");
        for (var r = 0; r < rows; r++)
        {
            var share = random.Next(1000).ToString(CultureInfo.InvariantCulture);
            _text.Append(CultureInfo.InvariantCulture, $"| {Words.Term(random)} {r + 1} | {random.Next(100000):N0} | {share[..^1]},{share[^1..]}% | {Words.Sentence(random, 2, 9)}");
            if (Traps && random.Next(4) == 0)
            {
                _text.Length--; // the call goes before the full stop
                Cite();
                _text.Append('.');
            }

            _text.Append(" |\n");
        }

        _text.Append('\n');
        return rows * 12;
    }

    private void Chart()
    {
        UsesDataset = true;
        ChartCount++;
        _text.Append(random.Next(2) == 0 ? $"::grafiek[{dataset}]{{soort=staaf}}\n\n" : $"::tabel[{dataset}]\n\n");
    }

    private void FlushNotes()
    {
        foreach (var note in _pendingNotes)
        {
            _text.Append(note).Append("\n\n");
        }

        _pendingNotes.Clear();
    }
}
