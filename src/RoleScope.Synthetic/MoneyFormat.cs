using System.Globalization;

namespace RoleScope.Synthetic;

/// <summary>Writes amounts the ways postings do: grouped with commas, dots or spaces, or in thousands ("150k").</summary>
internal static class MoneyFormat
{
    /// <summary>150000 with ',' gives "150,000"; with '.' "150.000"; with ' ' "150 000"; with '\0' "150000".</summary>
    public static string Grouped(long amount, char separator)
    {
        var digits = amount.ToString(CultureInfo.InvariantCulture);
        if (separator == '\0' || digits.Length <= 3)
        {
            return digits;
        }
        var firstGroup = digits.Length % 3 == 0 ? 3 : digits.Length % 3;
        return string.Create(digits.Length + ((digits.Length - 1) / 3), (digits, separator, firstGroup), static (span, state) =>
        {
            var (text, sep, first) = state;
            var w = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (i > 0 && (i - first) % 3 == 0)
                {
                    span[w++] = sep;
                }
                span[w++] = text[i];
            }
        });
    }

    /// <summary>Thousands without the unit: 150000 gives "150", 92500 gives "92.5".</summary>
    public static string Thousands(long amount) =>
        (amount / 1000m).ToString("0.#", CultureInfo.InvariantCulture);

    public static long RoundTo(double value, long step) => (long)Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
}
