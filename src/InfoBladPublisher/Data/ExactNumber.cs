using System.Globalization;

namespace InfoBladPublisher.Data;

/// <summary>
/// A number prints as written, or not at all: .NET's decimal holds 28 significant digits and rounds
/// the rest away without a word, so a source value it cannot hold is refused instead.
/// </summary>
internal static class ExactNumber
{
    public const int MaxDigits = 28;

    /// <summary>True when <paramref name="parsed"/> holds every digit of <paramref name="written"/>.</summary>
    public static bool Holds(string written, decimal parsed) =>
        Canonical(written) == Canonical(parsed.ToString(CultureInfo.InvariantCulture));

    /// <summary>Without sign, leading zeros and a leading '+': "-007.50" and "-7.50" are the same digits.</summary>
    private static string Canonical(string number)
    {
        var digits = number.TrimStart('+', '-').TrimStart('0');
        return digits.Length == 0 || digits[0] == '.' ? "0" + digits : digits;
    }
}
