using System.Globalization;
using System.Text;

namespace InfoBladPublisher.Benchmarks;

/// <summary>Figures as a Markdown table: printed, and kept for the closing note or a comparison.</summary>
internal static class Report
{
    private static readonly StringBuilder Table = new("| measurement | runs | median | min | max |\n| --- | ---: | ---: | ---: | ---: |\n");

    public static void Row(string what, IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        var median = sorted[sorted.Count / 2];
        var line = string.Create(CultureInfo.InvariantCulture, $"| {what} | {sorted.Count} | {median:0} ms | {sorted[0]:0} ms | {sorted[^1]:0} ms |");
        Console.WriteLine(line);
        Table.Append(line).Append('\n');
    }

    public static string Markdown => Table.ToString();
}
