using System.Text.Json;
using System.Text.RegularExpressions;

namespace InfoBladPublisher.Tests.Workflows;

/// <summary>An annotation as GitHub makes it from a line of output.</summary>
internal sealed record Annotation(string File, int Line, int Column, string Severity, string Code, string Message);

/// <summary>The problem matcher in .github/, applied to output lines as the runner does (one-line pattern).</summary>
internal sealed class ProblemMatcher(Regex pattern, int file, int line, int column, int severity, int code, int message)
{
    public static ProblemMatcher Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var p = json.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];
        return new ProblemMatcher(new Regex(p.GetProperty("regexp").GetString()!, RegexOptions.CultureInvariant),
            p.GetProperty("file").GetInt32(), p.GetProperty("line").GetInt32(), p.GetProperty("column").GetInt32(),
            p.GetProperty("severity").GetInt32(), p.GetProperty("code").GetInt32(), p.GetProperty("message").GetInt32());
    }

    public IReadOnlyList<Annotation> Apply(IEnumerable<string> lines) =>
        [.. lines.Select(l => pattern.Match(l)).Where(m => m.Success).Select(m => new Annotation(
            m.Groups[file].Value, int.Parse(m.Groups[line].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups[column].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[severity].Value, m.Groups[code].Value, m.Groups[message].Value))];
}
