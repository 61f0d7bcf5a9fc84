using System.Globalization;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Analytics;

/// <summary>
/// Computes profiles and comparisons (metrics.md) over stored postings. Pure: give it postings, get figures.
/// A posting belongs to every family any of its roles has; counts are of postings.
/// </summary>
public sealed class MarketAnalyzer
{
    private readonly IReadOnlyList<MarketPosting> _slice;
    private readonly SkillTaxonomy _taxonomy;

    public MarketAnalyzer(IEnumerable<MarketPosting> postings, SkillTaxonomy taxonomy, AnalysisOptions? options = null, MarketSlice? slice = null)
    {
        Options = options ?? new AnalysisOptions();
        Slice = slice ?? MarketSlice.All;
        _slice = [.. postings.Where(Slice.Contains)];
        _taxonomy = taxonomy;
    }

    public AnalysisOptions Options { get; }
    public MarketSlice Slice { get; }
    public int SlicePostings => _slice.Count;

    /// <summary>Postings per family in the slice, largest first.</summary>
    public IReadOnlyList<(RoleFamily Family, int Postings)> Families() =>
        [.. Enum.GetValues<RoleFamily>()
            .Select(f => (f, _slice.Count(p => p.Posting.Roles.Any(r => r.Family == f))))
            .Where(x => x.Item2 > 0)
            .OrderByDescending(x => x.Item2)];

    public FamilyProfile Profile(RoleFamily family)
    {
        var members = Members(family);
        var minN = Options.MinN;
        var n = members.Count;

        var salaried = members.Where(m => m.Salary is not null).ToList();
        var salaries = salaried.Select(m => m.Salary!.Value).ToList();
        var byBand = new Dictionary<SeniorityBand, SalaryFigure>();
        foreach (var band in new[] { SeniorityBand.Early, SeniorityBand.Mid, SeniorityBand.Senior })
        {
            byBand[band] = SalaryFigure.Of([.. salaried.Where(m => m.Seniority.Band() == band).Select(m => m.Salary!.Value)], minN);
        }

        var knownSeniority = members.Count(m => m.Seniority != Seniority.Unknown);
        var seniorityMix = new Dictionary<Seniority, ShareFigure>();
        foreach (var s in Enum.GetValues<Seniority>().Where(s => s != Seniority.Unknown))
        {
            seniorityMix[s] = ShareFigure.Of(members.Count(m => m.Seniority == s), knownSeniority, minN);
        }

        var knownMode = members.Count(m => m.Posting.WorkMode != WorkMode.Unknown);
        var modeMix = new Dictionary<WorkMode, ShareFigure>();
        foreach (var mode in new[] { WorkMode.Remote, WorkMode.Hybrid, WorkMode.Onsite })
        {
            modeMix[mode] = ShareFigure.Of(members.Count(m => m.Posting.WorkMode == mode), knownMode, minN);
        }

        var withCountry = members.Count(m => m.Posting.Countries.Count > 0);
        var countries = members.SelectMany(m => m.Posting.Countries).GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => (Country: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Country, StringComparer.Ordinal).Take(10)
            .Select(x => new CountryShare(x.Country, ShareFigure.Of(x.Count, withCountry, minN)))
            .ToList();

        var familyMedian = salaries.Count > 0 ? Intervals.Percentile([.. salaries.Order()], 0.5) : double.NaN;
        return new FamilyProfile
        {
            Family = family,
            Postings = n,
            SlicePostings = _slice.Count,
            SalaryCountry = Options.SalaryCountry,
            MinN = minN,
            Salary = SalaryFigure.Of(salaries, minN),
            SalaryByBand = byBand,
            SeniorityMix = seniorityMix,
            SeniorStaffShare = ShareFigure.Of(members.Count(m => m.Seniority.Band() == SeniorityBand.Senior), knownSeniority, minN),
            EntryShare = ShareFigure.Of(members.Count(m => m.Seniority.Band() == SeniorityBand.Early), knownSeniority, minN),
            SeniorityUnknown = ShareFigure.Of(n - knownSeniority, n, minN),
            WorkModeMix = modeMix,
            WorkModeUnknown = ShareFigure.Of(n - knownMode, n, minN),
            Countries = countries,
            CountryUnknown = ShareFigure.Of(n - withCountry, n, minN),
            TopSkills = TopSkills(members, Options.TopK),
            Premiums = salaries.Count >= minN ? Premiums(salaried, familyMedian) : [],
            Trend = [.. members.Where(m => m.Source.PostedAt is not null)
                .GroupBy(m => m.Source.PostedAt!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new MonthCount(g.Key, g.Count()))],
        };
    }

    public FamilyComparison Compare(RoleFamily a, RoleFamily b) => new ComparisonBuilder(this).Build(a, b);

    internal List<FamilyMember> Members(RoleFamily family)
    {
        var members = new List<FamilyMember>();
        foreach (var p in _slice)
        {
            if (FamilyMember.Of(p, family, Options.SalaryCountry) is { } m)
            {
                members.Add(m);
            }
        }
        return members;
    }

    internal List<SkillFrequency> TopSkills(IReadOnlyList<FamilyMember> members, int k) =>
        [.. SkillCounts(members)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(k)
            .Select(kv => new SkillFrequency(kv.Key, CategoryOf(kv.Key), ShareFigure.Of(kv.Value, members.Count, Options.MinN)))];

    internal static Dictionary<string, int> SkillCounts(IReadOnlyList<FamilyMember> members)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            foreach (var s in m.Posting.Skills)
            {
                counts[s] = counts.GetValueOrDefault(s) + 1;
            }
        }
        return counts;
    }

    internal string CategoryOf(string skill) => _taxonomy.ByName.TryGetValue(skill, out var e) ? e.Category : "unknown";

    private List<SkillPremium> Premiums(List<FamilyMember> salaried, double familyMedian)
    {
        var premiums = new List<SkillPremium>();
        var bySkill = new Dictionary<string, List<FamilyMember>>(StringComparer.Ordinal);
        foreach (var m in salaried)
        {
            foreach (var s in m.Posting.Skills)
            {
                if (!bySkill.TryGetValue(s, out var list))
                {
                    bySkill[s] = list = [];
                }
                list.Add(m);
            }
        }
        foreach (var (skill, group) in bySkill.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (group.Count < Options.MinN)
            {
                continue;
            }
            var values = group.Select(m => m.Salary!.Value).Order().ToArray();
            var median = Intervals.Median(values);
            // Premium interval: resample the family's salaried postings; the skill's group is the resample's postings naming it.
            var replicates = Bootstrap.Replicates(salaried, Options.Resamples, Options.Seed ^ skill.GetStableHash(), sample =>
            {
                var all = sample.Select(m => m.Salary!.Value).Order().ToArray();
                var with = sample.Where(m => m.Posting.Skills.Contains(skill, StringComparer.Ordinal)).Select(m => m.Salary!.Value).Order().ToArray();
                return with.Length == 0 ? null : Intervals.Percentile(with, 0.5) - Intervals.Percentile(all, 0.5);
            });
            var absolute = Intervals.FromReplicates(median.Value - familyMedian, replicates);
            premiums.Add(new SkillPremium(skill, group.Count, median, absolute, (median.Value - familyMedian) / familyMedian));
        }
        return [.. premiums.OrderByDescending(p => p.Absolute.Value).ThenBy(p => p.Skill, StringComparer.Ordinal)];
    }
}

internal static class StableHash
{
    /// <summary>FNV-1a: string.GetHashCode is randomised per process, and bootstrap seeds must not be.</summary>
    public static int GetStableHash(this string s)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in s)
            {
                hash = (hash ^ c) * 16777619;
            }
            return hash;
        }
    }
}
