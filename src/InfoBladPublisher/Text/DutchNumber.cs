using System.Globalization;
using InfoBladPublisher.Data;

namespace InfoBladPublisher.Text;

/// <summary>Dutch number style: 1.234 and 12,5%. The number of decimals is the one written in the source.</summary>
internal static class DutchNumber
{
    private static readonly NumberFormatInfo Dutch = new()
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
}
