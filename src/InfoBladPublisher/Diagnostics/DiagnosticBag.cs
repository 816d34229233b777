namespace InfoBladPublisher.Diagnostics;

/// <summary>Collects diagnostics from every stage so that all problems are reported in one pass.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly object _gate = new();

    public bool HasErrors => ErrorCount > 0;

    /// <summary>Lets a stage see whether its own checks found anything, without throwing.</summary>
    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Every diagnostic so far, warnings too: a stage compares it before and after a step.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Reports a problem; its severity is the code's, from <see cref="DiagnosticCodes.All"/>, never the caller's choice.</summary>
    public void Report(string code, SourcePosition position, string nl, string en) =>
        Add(Diagnostic.Create(code, position, nl, en));

    /// <summary>Reports a problem worded elsewhere (a rule's helper that words it in both languages).</summary>
    public void Report(string code, SourcePosition position, Wording wording) =>
        Add(new Diagnostic(DiagnosticCodes.Describe(code).Severity, code, position, wording));

    /// <summary>Sorted by file, line and column so output is stable and reads top to bottom.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Position.File, StringComparer.Ordinal)
                .ThenBy(d => d.Position.Line)
                .ThenBy(d => d.Position.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ToList();
        }
    }
}
