using System.Globalization;

namespace InfoBladPublisher.Review.Report;

/// <summary>A count with its noun: "1 gewijzigde pagina", "2 gewijzigde pagina's".</summary>
internal static class Plural
{
    public static string Of(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
