using System.Globalization;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>
/// Plain sentences from a comparison's figures, each citing its numbers, n and 95% interval (metrics.md, "key findings"),
/// in the order of the seed article's list: volume, salary, overlap, seniority, defining skills, premiums, work mode, entry level.
/// </summary>
public static class KeyFindings
{
    /// <summary>The category whose premium the seed article singles out ("LLM skills are the top AI/LLM salary signal").</summary>
    public const string AiCategory = "ai-llm";

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
        if (c.A.SeniorStaffShare.Estimate is not null && c.B.SeniorStaffShare.Estimate is not null)
        {
            findings.Add(string.Format(En, "{0} is {1} senior or staff vs {2} at {3}.", a, Share(c.A.SeniorStaffShare), b, Share(c.B.SeniorStaffShare)));
        }
        if (c.ExclusiveToA.Count > 0 || c.ExclusiveToB.Count > 0)
        {
            findings.Add(string.Format(En, "{0} define {1} (n={2}); {3} define {4} (n={5}).",
                Skills(c.ExclusiveToA.Take(2).Select(p => (p.Skill, p.InA))), a, c.A.Postings,
                Skills(c.ExclusiveToB.Take(2).Select(p => (p.Skill, p.InB))), b, c.B.Postings));
        }
        foreach (var p in c.Asymmetric.Take(2))
        {
            findings.Add(string.Format(En, "{0} is asymmetric: {1} of {2} postings name it vs {3} of {4}.",
                p.Skill, Share(p.InA), a, Share(p.InB), b));
        }
        var aiA = c.A.CategoryPremiums.FirstOrDefault(p => p.Skill == AiCategory);
        var aiB = c.B.CategoryPremiums.FirstOrDefault(p => p.Skill == AiCategory);
        if (aiA is not null || aiB is not null)
        {
            var parts = new[] { (aiA, a), (aiB, b) }.Where(x => x.Item1 is not null).Select(x => Premium(x.Item1!) + " for " + x.Item2);
            findings.Add(string.Format(En, "AI/LLM skills (any skill of the {0} category) pay {1}.", AiCategory, string.Join(" and ", parts)));
        }
        foreach (var (profile, name) in new[] { (c.A, a), (c.B, b) })
        {
            if (profile.Premiums.Count > 0)
            {
                var top = profile.Premiums[0];
                findings.Add(string.Format(En, "{0} tops {1}'s premium list at {2}.", top.Skill, name, Premium(top)));
            }
        }
        if (c.A.Premiums.Count == 0 && c.B.Premiums.Count == 0 && c.A.Salary.N + c.B.Salary.N > 0)
        {
            findings.Add(NoSkillPremium(c, a, b));
        }
        if (c.A.WorkModeMix[WorkMode.Remote].Estimate is not null && c.B.WorkModeMix[WorkMode.Remote].Estimate is not null)
        {
            findings.Add(string.Format(En, "Work mode: {0} is {1}; {2} is {3}.", a, Modes(c.A), b, Modes(c.B)));
        }
        if (c.A.EntryShare.Estimate is not null && c.B.EntryShare.Estimate is not null)
        {
            findings.Add(string.Format(En, "Entry-level share: {0} for {1} vs {2} for {3}.", Share(c.A.EntryShare, true), a, Share(c.B.EntryShare, true), b));
        }
        return findings;
    }

    /// <summary>
    /// The premium finding when no single skill reaches min_n salaried postings in either family: said so, with the best
    /// category premium in its place when one reaches it (small slices, such as one source's few salaried postings).
    /// </summary>
    private static string NoSkillPremium(FamilyComparison c, string a, string b)
    {
        var none = string.Format(En, "No single skill reaches {0} salaried postings in either family (salaried n={1} and n={2}), so no skill premium is shown",
            c.A.MinN, c.A.Salary.N, c.B.Salary.N);
        var best = new[] { (c.A, a), (c.B, b) }
            .SelectMany(x => x.Item1.CategoryPremiums.Select(p => (Premium: p, Name: x.Item2)))
            .OrderByDescending(x => x.Premium.Relative)
            .FirstOrDefault();
        return best.Premium is null
            ? none + "; no skill category reaches it either."
            : string.Format(En, "{0}; by category, {1} skills pay {2} for {3}.", none, best.Premium.Skill, Premium(best.Premium), best.Name);
    }

    public static string Money(double value) => string.Format(En, "${0:N0}", Math.Round(value / 100) * 100);

    public static string SignedMoney(double value) => (value < 0 ? "-" : "+") + Money(Math.Abs(value));

    /// <summary>"54% (n=120; 95% CI 45%-63%)", or with one decimal for small shares.</summary>
    public static string Share(ShareFigure s, bool decimals = false) => s.Estimate is { } e
        ? string.Format(En, decimals ? "{0:0.0%} (n={1:N0}; 95% CI {2:0.0%}-{3:0.0%})" : "{0:0%} (n={1:N0}; 95% CI {2:0%}-{3:0%})", e.Value, s.N, e.Low, e.High)
        : string.Format(En, "too few postings (n={0:N0})", s.N);

    /// <summary>"$183,800 (+29% over the family median, n=52; 95% CI of the premium +$20,000 to +$60,000)".</summary>
    public static string Premium(SkillPremium p) =>
        string.Format(En, "{0} ({1:+0%;-0%} over the family median, n={2}; 95% CI of the premium {3} to {4})",
            Money(p.Median.Value), p.Relative, p.N, SignedMoney(p.Absolute.Low), SignedMoney(p.Absolute.High));

    private static string Modes(FamilyProfile p)
    {
        var mix = p.WorkModeMix;
        return string.Format(En, "{0:0%} remote ({1:0%}-{2:0%}), {3:0%} hybrid ({4:0%}-{5:0%}), {6:0%} onsite ({7:0%}-{8:0%}) (n={9:N0}; 95% CIs)",
            mix[WorkMode.Remote].Estimate!.Value.Value, mix[WorkMode.Remote].Estimate!.Value.Low, mix[WorkMode.Remote].Estimate!.Value.High,
            mix[WorkMode.Hybrid].Estimate!.Value.Value, mix[WorkMode.Hybrid].Estimate!.Value.Low, mix[WorkMode.Hybrid].Estimate!.Value.High,
            mix[WorkMode.Onsite].Estimate!.Value.Value, mix[WorkMode.Onsite].Estimate!.Value.Low, mix[WorkMode.Onsite].Estimate!.Value.High,
            mix[WorkMode.Remote].N);
    }

    private static string Skills(IEnumerable<(string Skill, ShareFigure Share)> skills)
    {
        var parts = skills.Select(s => s.Share.Estimate is { } e
            ? string.Format(En, "{0} ({1:0%}; 95% CI {2:0%}-{3:0%})", s.Skill, e.Value, e.Low, e.High)
            : string.Format(En, "{0} ({1:0%})", s.Skill, s.Share.N == 0 ? 0 : (double)s.Share.Count / s.Share.N)).ToList();
        return parts.Count == 0 ? "No exclusive skills" : string.Join(" and ", parts);
    }
}
