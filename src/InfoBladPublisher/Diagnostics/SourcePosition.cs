namespace InfoBladPublisher.Diagnostics;

/// <summary>A place in a user's file; line and column are 1-based, as editors count them.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public static SourcePosition StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
