using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Common;

/// <summary>Where each line of a text starts, to turn an offset into the line and column an editor sees.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    /// <summary>The offset where a line (1-based) starts; past the last line, the last line's start.</summary>
    public int StartOf(int line) => _starts[Math.Clamp(line - 1, 0, _starts.Count - 1)];

    public SourcePosition PositionOf(string display, int offset)
    {
        var line = _starts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return new SourcePosition(display, line + 1, offset - _starts[line] + 1);
    }
}
