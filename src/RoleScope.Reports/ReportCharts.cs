using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;

namespace RoleScope.Reports;

/// <summary>The article's three charts, from a comparison's figures.</summary>
public static class ReportCharts
{
    /// <summary>The first family's colour (the seed's emerald) and the second's (blue).</summary>
    public const string ColourA = "#059669";
    public const string ColourB = "#2563eb";

    /// <summary>How many skills the paired-bars chart shows, and how many shared skills the salary chart picks.</summary>
    public const int ChartSkills = 16;
    public const int SalarySkills = 5;

    private static BarSeries[] Series(FamilyComparison c) =>
        [new(c.A.Family.DisplayName(), ColourA), new(c.B.Family.DisplayName(), ColourB)];

    /// <summary>Both families' top skills as paired bars, sorted by combined frequency.</summary>
    public static string TopSkills(FamilyComparison c)
    {
        var rows = TopSkillRows(c).Take(ChartSkills)
            .Select(p => new BarRow(p.Skill, [Value(p.InA), Value(p.InB)]))
            .ToList();
        return SvgBarChart.Render($"Top skills of {c.A.Family.DisplayName()} and {c.B.Family.DisplayName()}, share of postings, sorted by combined frequency", Series(c), rows, v => $"{v:0%}");
    }

    /// <summary>Every skill in either top-K with both frequencies, by combined frequency (then name).</summary>
    public static IEnumerable<SkillPair> TopSkillRows(FamilyComparison c) =>
        c.Shared.Concat(c.ExclusiveToA).Concat(c.ExclusiveToB)
            .OrderByDescending(p => p.Combined).ThenBy(p => p.Skill, StringComparer.Ordinal);

    /// <summary>Median salary overall and for the shared skills that have a median in both families, with 95% intervals.</summary>
    public static string Salaries(FamilyComparison c)
    {
        var rows = new List<BarRow>
        {
            new("Overall", [c.A.Salary.Median is { } ma ? new BarValue(ma.Value, ma.Low, ma.High) : null, c.B.Salary.Median is { } mb ? new BarValue(mb.Value, mb.Low, mb.High) : null]),
        };
        foreach (var skill in SalarySkillsOf(c))
        {
            var pa = c.A.Premiums.First(p => p.Skill == skill);
            var pb = c.B.Premiums.First(p => p.Skill == skill);
            rows.Add(new BarRow(skill, [new BarValue(pa.Median.Value, pa.Median.Low, pa.Median.High), new BarValue(pb.Median.Value, pb.Median.Low, pb.Median.High)]));
        }
        return SvgBarChart.Render($"Median {c.A.SalaryCountry} base salary, overall and for selected shared skills (95% intervals)", Series(c), rows, v => KeyFindings.Money(v));
    }

    /// <summary>Shared skills with a salary figure in both families, most frequent first.</summary>
    public static IEnumerable<string> SalarySkillsOf(FamilyComparison c) =>
        c.Shared.Select(s => s.Skill)
            .Where(s => c.A.Premiums.Any(p => p.Skill == s) && c.B.Premiums.Any(p => p.Skill == s))
            .Take(SalarySkills);

    public static string SeniorityMix(FamilyComparison c)
    {
        var rows = Enum.GetValues<Seniority>().Where(s => s != Seniority.Unknown)
            .Select(s => new BarRow(s.Name(), [Value(c.A.SeniorityMix[s]), Value(c.B.SeniorityMix[s])]))
            .ToList();
        return SvgBarChart.Render("Seniority mix, share of postings with a known seniority (95% intervals)", Series(c), rows, v => $"{v:0%}");
    }

    private static BarValue? Value(Core.Analytics.Statistics.ShareFigure s) =>
        s.Estimate is { } e ? new BarValue(e.Value, e.Low, e.High) : null;
}
