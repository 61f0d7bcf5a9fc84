using System.Globalization;
using RoleScope.Core.Analytics.Statistics;

namespace RoleScope.Web.Components.Shared;

/// <summary>Figures as the pages print them; a figure below min_n reads "too few postings", never a number.</summary>
internal static class Figure
{
    public const string TooFew = "too few postings";

    public static string Money(double? value) => value is { } v ? "$" + (Math.Round(v / 100) * 100).ToString("N0", CultureInfo.InvariantCulture) : TooFew;

    public static string Share(ShareFigure s) => s.Estimate is { } e ? (e.Value * 100).ToString("F0", CultureInfo.InvariantCulture) + "%" : TooFew;

    public static string Percent(double value) => (value * 100).ToString("F0", CultureInfo.InvariantCulture) + "%";

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
