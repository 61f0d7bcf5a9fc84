namespace RoleScope.Core.Analytics.Statistics;

/// <summary>Draws from standard distributions with a seeded <see cref="Random"/>, so that every interval is reproducible.</summary>
public static class Sampling
{
    /// <summary>Above this shape a Beta draw uses its normal limit: the skew is below 1/sqrt(shape) and the 2.5% tails move by well under one order statistic.</summary>
    private const double NormalBetaShape = 5000;

    /// <summary>Above this mean (and n - mean) a binomial draw uses its normal limit with continuity rounding.</summary>
    private const double NormalBinomialMean = 30;

    public static double Normal(Random random)
    {
        // Box-Muller; one value per pair of uniforms keeps the stream simple to reason about.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang (2000).</summary>
    public static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            return Gamma(random, shape + 1) * Math.Pow(random.NextDouble(), 1.0 / shape);
        }
        var d = shape - 1.0 / 3.0;
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1.0 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            var u = random.NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    public static double Beta(Random random, double a, double b)
    {
        if (a > NormalBetaShape && b > NormalBetaShape)
        {
            var sum = a + b;
            var sd = Math.Sqrt(a * b / (sum * sum * (sum + 1)));
            return Math.Clamp(a / sum + sd * Normal(random), 0, 1);
        }
        var x = Gamma(random, a);
        var y = Gamma(random, b);
        return x / (x + y);
    }

    public static int Binomial(Random random, int n, double p)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }
        if (p >= 1)
        {
            return n;
        }
        if (p > 0.5)
        {
            return n - Binomial(random, n, 1 - p);
        }
        var mean = n * p;
        if (mean > NormalBinomialMean)
        {
            var x = (int)Math.Round(mean + Math.Sqrt(mean * (1 - p)) * Normal(random));
            return Math.Clamp(x, 0, n);
        }
        // Inversion: walk the probability mass function from 0.
        var q = 1 - p;
        var ratio = p / q;
        var pk = Math.Pow(q, n);
        var u = random.NextDouble();
        var k = 0;
        while (u > pk && k < n)
        {
            u -= pk;
            k++;
            pk *= ratio * (n - k + 1) / k;
        }
        return k;
    }
}
