using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Analytics.Planning;

/// <summary>Computes a <see cref="TransitionPlan"/> over a market index (the web app and the CLI call this).</summary>
public static class TransitionPlans
{
    public static TransitionPlan For(MarketIndex index, SkillTaxonomy taxonomy, TransitionRequest request, AnalysisOptions? options = null, MarketSlice? slice = null)
    {
        if (request.From is null && request.Skills.Count == 0)
        {
            throw new ArgumentException("A transition plan starts from a family or from at least one skill.", nameof(request));
        }
        var analyzer = new MarketAnalyzer(index, taxonomy, options, slice);
        var o = analyzer.Options;
        var target = analyzer.Profile(request.To);
        var targetStats = analyzer.Stats(request.To);
        var source = request.From is { } from ? analyzer.Profile(from) : null;
        var held = request.From is not null
            ? source!.TopSkills.Select(s => s.Skill).ToList()
            : request.Skills.Distinct(StringComparer.Ordinal).ToList();
        var heldSet = held.ToHashSet(StringComparer.Ordinal);
        var premiums = target.Premiums.ToDictionary(p => p.Skill, StringComparer.Ordinal);

        ShareFigure? InSource(string skill) => source is null ? null
            : ShareFigure.Of(SkillCount(index, analyzer.Stats(request.From!.Value), skill), source.Postings, o.MinN);

        PlanSkill Plan(SkillFrequency s) => new(s.Skill, s.Category, s.Share, premiums.GetValueOrDefault(s.Skill), InSource(s.Skill));

        var transferable = target.TopSkills.Where(s => heldSet.Contains(s.Skill)).Select(Plan).ToList();
        var missing = target.TopSkills.Where(s => !heldSet.Contains(s.Skill)).Select(Plan).ToList();
        var byPremium = missing.Where(m => m.Premium is not null)
            .OrderByDescending(m => m.Premium!.Absolute.Value).ThenBy(m => m.Skill, StringComparer.Ordinal).ToList();

        Estimate? fit = null;
        if (target.Postings >= o.MinN && target.TopSkills.Count > 0)
        {
            var value = Fit(target.TopSkills.Select(s => ((double)s.Share.Count, heldSet.Contains(s.Skill))));
            var random = new Random(o.Seed ^ (int)request.To);
            var replicates = new List<double>(o.Resamples);
            for (var r = 0; r < o.Resamples; r++)
            {
                replicates.Add(Fit(target.TopSkills.Select(s => ((double)Sampling.Binomial(random, targetStats.N, (double)s.Share.Count / targetStats.N), heldSet.Contains(s.Skill)))));
            }
            fit = Intervals.FromReplicates(value, replicates);
        }

        return new TransitionPlan
        {
            Request = request,
            Held = held,
            TargetPostings = target.Postings,
            TopK = o.TopK,
            Transferable = transferable,
            MissingByFrequency = missing,
            MissingByPremium = byPremium,
            Fit = fit,
            Choice = request.From is { } f ? RoleChoices.Default.View(analyzer, f, request.To) : null,
        };
    }

    private static double Fit(IEnumerable<(double Count, bool Held)> skills)
    {
        double all = 0, held = 0;
        foreach (var (count, isHeld) in skills)
        {
            all += count;
            if (isHeld)
            {
                held += count;
            }
        }
        return all == 0 ? 0 : held / all;
    }

    private static int SkillCount(MarketIndex index, FamilyStats stats, string skill)
    {
        var id = index.SkillId(skill);
        return id < 0 ? 0 : stats.SkillCounts[id];
    }
}
