using System.Globalization;
using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Reports;

/// <summary>How figures read in a report: numbers with n and interval, or "too few postings".</summary>
internal static class ReportText
{
    public static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static string Money(double v) => KeyFindings.Money(v);

    public static string Share(ShareFigure s, bool decimals = false) => KeyFindings.Share(s, decimals);

    public static string Rate(ShareFigure s) => s.N == 0 ? "-" : string.Format(En, "{0:0%}", (double)s.Count / s.N);

    public static string Salary(SalaryFigure s) => s.Median is { } m
        ? string.Format(En, "{0} (n={1:N0}; 95% CI {2} to {3})", Money(m.Value), s.N, Money(m.Low), Money(m.High))
        : string.Format(En, "too few postings (n={0:N0})", s.N);

    public static string Premium(SkillPremium p) =>
        string.Format(En, "{0} ({1:+0%;-0%}; 95% CI {2} to {3})", KeyFindings.SignedMoney(p.Absolute.Value), p.Relative,
            KeyFindings.SignedMoney(p.Absolute.Low), KeyFindings.SignedMoney(p.Absolute.High));

    public static string Name(RoleFamily f) => f.DisplayName();

    /// <summary>
    /// The article's title: which role pays more at the median when the gap's interval excludes zero, "no clear pay gap"
    /// when it does not (a title must not claim what the interval does not support), a plain title when salaries are too few.
    /// </summary>
    public static string Headline(FamilyComparison c)
    {
        var a = Name(c.A.Family);
        var b = Name(c.B.Family);
        if (c.A.Salary.Median is { } ma && c.B.Salary.Median is { } mb)
        {
            if (c.SalaryGap is { } gap && gap.Low <= 0 && gap.High >= 0)
            {
                return $"{a} vs {b}: no clear pay gap at the median";
            }
            var hi = ma.Value >= mb.Value ? a : b;
            return $"{a} vs {b}: {hi} earns more at the median";
        }
        return $"{a} vs {b}: what the postings ask for";
    }

    public static string Lead(FamilyComparison c, Methodology m)
    {
        var a = Name(c.A.Family);
        var b = Name(c.B.Family);
        var window = m.Window is { } w ? "posted " + w : "with posting dates not known";
        var first = c.KeyFindings.FirstOrDefault(f => f.Contains(" earns a median ", StringComparison.Ordinal))
            ?? string.Format(En, "Too few {0} postings state a salary to compare {1} and {2} medians.", c.A.SalaryCountry, a, b);
        return string.Format(En,
            "{0} We looked at {1:N0} postings ({2}), {3:N0} {4} and {5:N0} {6} postings among them, with skills, seniority, work mode and salary extracted from the text. {7} postings are {8} senior or staff; {9} postings are {10}.",
            first, m.SlicePostings, window, c.A.Postings, a, c.B.Postings, b, a, Share(c.A.SeniorStaffShare), b, Share(c.B.SeniorStaffShare));
    }
}
