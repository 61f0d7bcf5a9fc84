using System.Globalization;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>Plain sentences from a comparison's figures, each citing its numbers and n (metrics.md, "key findings").</summary>
public static class KeyFindings
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static IReadOnlyList<string> For(FamilyComparison c)
    {
        var a = c.A.Family.DisplayName();
        var b = c.B.Family.DisplayName();
        var findings = new List<string>();

        if (c.VolumeRatio is { } ratio)
        {
            findings.Add(string.Format(En, "{0} has {1:N0} postings and {2} has {3:N0}, a {4:0.00}x volume ratio.", a, c.A.Postings, b, c.B.Postings, ratio));
        }
        if (c.A.Salary.Median is { } ma && c.B.Salary.Median is { } mb && c.SalaryGap is { } gap)
        {
            // Say it from the higher-paid side; the interval is of that side's lead, so it may start below zero.
            var aLeads = ma.Value >= mb.Value;
            var (hi, lo, hiM, loM, hiN, loN) = aLeads ? (a, b, ma, mb, c.A.Salary.N, c.B.Salary.N) : (b, a, mb, ma, c.B.Salary.N, c.A.Salary.N);
            var (leadLow, leadHigh) = aLeads ? (gap.Low, gap.High) : (-gap.High, -gap.Low);
            findings.Add(string.Format(En, "{0} earns a median {1} {2} base salary vs {3} for {4}, a {5} ({6:0%}) gap (n={7} and n={8}; 95% interval of the gap {9} to {10}).",
                hi, Money(hiM.Value), c.A.SalaryCountry, Money(loM.Value), lo, Money(hiM.Value - loM.Value), (hiM.Value - loM.Value) / loM.Value, hiN, loN,
                SignedMoney(leadLow), SignedMoney(leadHigh)));
        }
        else
        {
            findings.Add(string.Format(En, "Too few {0} postings state a salary to compare medians ({1}: n={2}, {3}: n={4}; at least {5} needed).",
                c.A.SalaryCountry, a, c.A.Salary.N, b, c.B.Salary.N, c.A.MinN));
        }
        if (c.SkillOverlap is { } overlap)
        {
            var top = string.Join(", ", c.Shared.Take(6).Select(s => s.Skill));
            findings.Add(string.Format(En, "The two roles share a {0:0%} Jaccard overlap of their top-{1} skills (n={2} and n={3}; 95% interval {4:0%}-{5:0%}){6}.",
                overlap.Value, c.TopK, c.A.Postings, c.B.Postings, overlap.Low, overlap.High, top.Length > 0 ? ": " + top + " appear in both" : ""));
        }
        if (c.A.SeniorStaffShare.Estimate is { } sa && c.B.SeniorStaffShare.Estimate is { } sb)
        {
            findings.Add(string.Format(En, "{0} is {1:0%} senior or staff (n={2}) vs {3} at {4:0%} (n={5}).", a, sa.Value, c.A.SeniorStaffShare.N, b, sb.Value, c.B.SeniorStaffShare.N));
        }
        if (c.ExclusiveToA.Count > 0 || c.ExclusiveToB.Count > 0)
        {
            findings.Add(string.Format(En, "{0} define {1} (n={2}); {3} define {4} (n={5}).",
                Skills(c.ExclusiveToA.Take(2).Select(p => (p.Skill, p.InA))), a, c.A.Postings,
                Skills(c.ExclusiveToB.Take(2).Select(p => (p.Skill, p.InB))), b, c.B.Postings));
        }
        foreach (var p in c.Asymmetric.Take(2))
        {
            findings.Add(string.Format(En, "{0} is asymmetric: {1:0%} of {2} postings name it (n={3}) vs {4:0%} of {5} (n={6}).",
                p.Skill, Rate(p.InA), a, p.InA.N, Rate(p.InB), b, p.InB.N));
        }
        foreach (var (profile, name) in new[] { (c.A, a), (c.B, b) })
        {
            if (profile.Premiums.Count > 0)
            {
                var top = profile.Premiums[0];
                findings.Add(string.Format(En, "{0} tops {1}'s premium list at {2} ({3:+0%;-0%} over the family median, n={4}).", top.Skill, name, Money(top.Median.Value), top.Relative, top.N));
            }
        }
        if (c.A.WorkModeMix[WorkMode.Remote].Estimate is { } ra && c.B.WorkModeMix[WorkMode.Remote].Estimate is { } rb)
        {
            findings.Add(string.Format(En, "Remote share: {0:0%} for {1} (n={2}) vs {3:0%} for {4} (n={5}).", ra.Value, a, c.A.WorkModeMix[WorkMode.Remote].N, rb.Value, b, c.B.WorkModeMix[WorkMode.Remote].N));
        }
        if (c.A.EntryShare.Estimate is { } ea && c.B.EntryShare.Estimate is { } eb)
        {
            findings.Add(string.Format(En, "Entry-level share: {0:0.0%} for {1} (n={2}) vs {3:0.0%} for {4} (n={5}).",
                ea.Value, a, c.A.EntryShare.N, eb.Value, b, c.B.EntryShare.N));
        }
        return findings;
    }

    public static string Money(double value) => string.Format(En, "${0:N0}", Math.Round(value / 100) * 100);

    public static string SignedMoney(double value) => (value < 0 ? "-" : "+") + Money(Math.Abs(value));

    private static double Rate(ShareFigure s) => s.N == 0 ? 0 : (double)s.Count / s.N;

    private static string Skills(IEnumerable<(string Skill, ShareFigure Share)> skills)
    {
        var parts = skills.Select(s => string.Format(En, "{0} ({1:0%})", s.Skill, Rate(s.Share))).ToList();
        return parts.Count == 0 ? "No exclusive skills" : string.Join(" and ", parts);
    }
}
