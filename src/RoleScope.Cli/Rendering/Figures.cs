using System.Globalization;
using RoleScope.Core.Analytics.Statistics;

namespace RoleScope.Cli.Rendering;

/// <summary>How figures read in tables: each with its n and 95% interval, or "too few postings".</summary>
internal static class Figures
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static string Share(ShareFigure s, bool decimals = false) => s.Estimate is { } e
        ? string.Format(En, decimals ? "{0:0.0%} (n={1:N0}; 95% CI {2:0.0%}-{3:0.0%})" : "{0:0%} (n={1:N0}; 95% CI {2:0%}-{3:0%})", e.Value, s.N, e.Low, e.High)
        : TooFew(s.N);

    public static string Salary(SalaryFigure s) => s.Median is { } m
        ? string.Format(En, "{0} (n={1:N0}; 95% CI {2}-{3})", Money(m.Value), s.N, Money(m.Low), Money(m.High))
        : TooFew(s.N);

    public static string Money(double value) => string.Format(En, "${0:N0}", Math.Round(value / 100) * 100);

    public static string SignedMoney(double value) => (value >= 0 ? "+" : "-") + Money(Math.Abs(value));

    public static string Percent(double value) => string.Format(En, "{0:0%}", value);

    public static string Rate(ShareFigure s) => s.N == 0 ? "-" : string.Format(En, "{0:0%}", (double)s.Count / s.N);

    public static string TooFew(int n) => string.Format(En, "too few postings (n={0:N0})", n);

    public static string Count(int n) => n.ToString("N0", En);
}
