using System.Globalization;

namespace InfoBladPublisher.Text;

/// <summary>"7 juni 2024": day without leading zero, month in lower case. Written out here so the result does not depend on ICU data.</summary>
internal static class DutchDate
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>2024-06-07: for machines (manifest, &lt;time datetime&gt;).</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");
}
