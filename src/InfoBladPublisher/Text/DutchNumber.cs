using System.Globalization;
using InfoBladPublisher.Data;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Text;

/// <summary>Dutch number style: 1.234 and 12,5%. The number of decimals is the one written in the source.</summary>
internal static class DutchNumber
{
    /// <summary>
    /// Built by hand: the build runs in invariant globalization mode, where <c>CultureInfo.GetCultureInfo("nl-NL")</c>
    /// throws (a Dutch publish once ended in a stack trace at its closing line).
    /// </summary>
    public static readonly NumberFormatInfo Dutch = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "−",
    };

    public static string Format(decimal value, ColumnType type)
    {
        var decimals = BitConverter.GetBytes(decimal.GetBits(value)[3])[2];
        var number = value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Dutch);
        return type == ColumnType.Percentage ? number + "%" : number;
    }

    /// <summary>Seconds with one decimal, as a closing line says them: 12,3.</summary>
    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", Dutch);

    /// <summary>The same seconds for a line in either language: 12,3 in Dutch, 12.3 in English.</summary>
    public static Wording SecondsWorded(TimeSpan elapsed) =>
        new(Seconds(elapsed), elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
}
