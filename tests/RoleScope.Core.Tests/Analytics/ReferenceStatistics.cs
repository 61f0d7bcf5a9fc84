namespace RoleScope.Core.Tests.Analytics;

/// <summary>
/// Reference values computed here by other formulas than the code under test, so that a shared mistake cannot pass.
/// </summary>
internal static class ReferenceStatistics
{
    public const double Z95 = 1.959963984540054;

    /// <summary>Wilson score interval in the quadratic-root form (2np + z^2 -+ z sqrt(z^2 + 4np(1-p))) / (2(n + z^2)).</summary>
    public static (double Low, double High) Wilson(int count, int n)
    {
        var p = (double)count / n;
        var z2 = Z95 * Z95;
        var centre = 2 * n * p + z2;
        var spread = Z95 * Math.Sqrt(z2 + 4 * n * p * (1 - p));
        var denominator = 2 * (n + z2);
        return ((centre - spread) / denominator, (centre + spread) / denominator);
    }

    /// <summary>P(B &lt;= k) for B ~ Binomial(n, 1/2), by exact integer binomial coefficients.</summary>
    public static double BinomialHalfCdf(int n, int k)
    {
        var total = System.Numerics.BigInteger.Pow(2, n);
        System.Numerics.BigInteger sum = 0;
        System.Numerics.BigInteger coefficient = 1;
        for (var i = 0; i <= k; i++)
        {
            sum += coefficient;
            coefficient = coefficient * (n - i) / (i + 1);
        }
        return (double)(sum * 1_000_000_000_000 / total) / 1e12;
    }
}
