using System.Collections.Immutable;

namespace RoleScope.Synthetic;

internal static class RandomExtensions
{
    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static T Pick<T>(this Random rng, ImmutableArray<T> items) => items[rng.Next(items.Length)];

    /// <summary>A standard normal draw (Box-Muller); pay noise is log-normal around a level.</summary>
    public static double Gaussian(this Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>
    /// Fills <paramref name="into"/> with distinct indices below <paramref name="count"/> in random order (a partial
    /// Fisher-Yates over a scratch span, so nothing is allocated).
    /// </summary>
    public static void PickDistinct(this Random rng, int count, Span<int> into, Span<int> scratch)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(into.Length, count);
        for (var i = 0; i < count; i++)
        {
            scratch[i] = i;
        }
        for (var i = 0; i < into.Length; i++)
        {
            var j = i + rng.Next(count - i);
            (scratch[i], scratch[j]) = (scratch[j], scratch[i]);
            into[i] = scratch[i];
        }
    }

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public static void Shuffle<T>(this Random rng, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
