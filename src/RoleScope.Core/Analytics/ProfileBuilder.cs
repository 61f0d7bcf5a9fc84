using System.Globalization;
using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>Builds one <see cref="FamilyProfile"/>: one scan of the members' columns, then set counts per skill and country.</summary>
internal sealed class ProfileBuilder(MarketAnalyzer analyzer, FamilyStats stats)
{
    private static readonly SeniorityBand[] Bands = [SeniorityBand.Early, SeniorityBand.Mid, SeniorityBand.Senior];
    private static readonly WorkMode[] Modes = [WorkMode.Remote, WorkMode.Hybrid, WorkMode.Onsite];

    private MarketIndex Index => analyzer.Index;
    private AnalysisOptions Options => analyzer.Options;

    public FamilyProfile Build()
    {
        var family = stats.Family;
        var minN = Options.MinN;
        var n = stats.N;

        var seniority = new int[8];
        var modes = new int[4];
        var months = new SortedDictionary<int, int>();
        int firstDay = int.MaxValue, lastDay = 0;
        foreach (var p in stats.Members)
        {
            seniority[(int)Index.SeniorityIn(p, family)]++;
            modes[(int)Index.WorkModeOf(p)]++;
            var day = Index.DayOf(p);
            if (day != 0)
            {
                var key = MonthKey(day);
                months[key] = months.GetValueOrDefault(key) + 1;
                firstDay = Math.Min(firstDay, day);
                lastDay = Math.Max(lastDay, day);
            }
        }

        var byBand = new Dictionary<SeniorityBand, SalaryFigure>();
        var bandSets = Bands.ToDictionary(b => b, _ => new PostingBits(Index.Count));
        foreach (var p in stats.Salaried)
        {
            if (bandSets.TryGetValue(Index.SeniorityIn(p, family).Band(), out var set))
            {
                set.Set(p);
            }
        }
        foreach (var band in Bands)
        {
            byBand[band] = SalaryFigure.OfSorted(Index.SalaryOrder.Sorted(bandSets[band]), minN);
        }

        var knownSeniority = n - seniority[(int)Seniority.Unknown];
        var seniorityMix = new Dictionary<Seniority, ShareFigure>();
        foreach (var s in Enum.GetValues<Seniority>().Where(s => s != Seniority.Unknown))
        {
            seniorityMix[s] = ShareFigure.Of(seniority[(int)s], knownSeniority, minN);
        }
        var knownMode = n - modes[(int)WorkMode.Unknown];
        var modeMix = Modes.ToDictionary(m => m, m => ShareFigure.Of(modes[(int)m], knownMode, minN));

        var withCountry = PostingBits.CountAnd(stats.Members, Index.WithCountry);
        var countries = Enumerable.Range(0, Index.Countries.Count)
            .Select(c => (Country: Index.CountryNames[c], Count: PostingBits.CountAnd(stats.Members, Index.Countries[c])))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count).ThenBy(x => x.Country, StringComparer.Ordinal).Take(10)
            .Select(x => new CountryShare(x.Country, ShareFigure.Of(x.Count, withCountry, minN)))
            .ToList();

        var top = stats.Ranked(Index).Take(Options.TopK).ToArray();
        var hasSalaries = stats.Sorted.Length >= minN && stats.Sorted.Length > 0;
        return new FamilyProfile
        {
            Family = family,
            Postings = n,
            SlicePostings = analyzer.SlicePostings,
            SalaryCountry = Options.SalaryCountry,
            MinN = minN,
            Salary = SalaryFigure.OfSorted(stats.Sorted, minN),
            SalaryByBand = byBand,
            SeniorityMix = seniorityMix,
            SeniorStaffShare = ShareFigure.Of(seniority[(int)Seniority.Senior] + seniority[(int)Seniority.Staff] + seniority[(int)Seniority.Principal], knownSeniority, minN),
            EntryShare = ShareFigure.Of(seniority[(int)Seniority.Intern] + seniority[(int)Seniority.Entry], knownSeniority, minN),
            SeniorityUnknown = ShareFigure.Of(n - knownSeniority, n, minN),
            WorkModeMix = modeMix,
            WorkModeUnknown = ShareFigure.Of(n - knownMode, n, minN),
            Countries = countries,
            CountryUnknown = ShareFigure.Of(n - withCountry, n, minN),
            TopSkills = [.. top.Select(s => new SkillFrequency(Index.SkillNames[s], analyzer.CategoryOf(Index.SkillNames[s]), ShareFigure.Of(stats.SkillCounts[s], n, minN)))],
            Premiums = hasSalaries ? SkillPremiums() : [],
            CategoryPremiums = hasSalaries ? CategoryPremiums() : [],
            Trend = [.. months.Select(kv => new MonthCount(MonthName(kv.Key), kv.Value))],
            SkillTrends = SkillTrends(top, months),
            Window = lastDay == 0 ? null : new DateWindow(MarketIndex.DateOf(firstDay), MarketIndex.DateOf(lastDay)),
        };
    }

    private List<SkillPremium> SkillPremiums()
    {
        var premiums = new List<SkillPremium>();
        for (var s = 0; s < Index.Skills.Count; s++)
        {
            // Cheap count first: most skills fall below min_n and never need their salaries sorted.
            if (stats.SkillCounts[s] < Options.MinN || PostingBits.CountAnd(stats.Salaried, Index.Skills[s]) < Options.MinN)
            {
                continue;
            }
            var name = Index.SkillNames[s];
            premiums.Add(Premium(name, stats.Salaried.And(Index.Skills[s])));
        }
        return Ordered(premiums);
    }

    private List<SkillPremium> CategoryPremiums()
    {
        var premiums = new List<SkillPremium>();
        var byCategory = Enumerable.Range(0, Index.Skills.Count)
            .Where(s => stats.SkillCounts[s] > 0)
            .GroupBy(s => analyzer.CategoryOf(Index.SkillNames[s]), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var category in byCategory)
        {
            var any = new PostingBits(Index.Count);
            foreach (var s in category)
            {
                any.OrWith(Index.Skills[s]);
            }
            any.AndWith(stats.Salaried);
            if (any.Count() >= Options.MinN)
            {
                premiums.Add(Premium(category.Key, any));
            }
        }
        return Ordered(premiums);
    }

    private SkillPremium Premium(string name, PostingBits group)
    {
        var sorted = Index.SalaryOrder.Sorted(group);
        var familyMedian = Intervals.Percentile(stats.Sorted, 0.5);
        var median = Intervals.Median(sorted);
        // The skill's median and the family's are resampled apart; the two are positively correlated (one group is inside the
        // other), so treating them as independent makes the interval a little wider than a joint resample: conservative.
        var family = stats.MedianReplicates(Options);
        var random = new Random(Options.Seed ^ name.GetStableHash() ^ ((int)stats.Family << 24));
        var replicates = new List<double>(family.Length);
        foreach (var f in family)
        {
            replicates.Add(MedianBootstrap.Resample(sorted, random) - f);
        }
        var absolute = Intervals.FromReplicates(median.Value - familyMedian, replicates);
        return new SkillPremium(name, sorted.Length, median, absolute, (median.Value - familyMedian) / familyMedian);
    }

    private static List<SkillPremium> Ordered(List<SkillPremium> premiums) =>
        [.. premiums.OrderByDescending(p => p.Absolute.Value).ThenBy(p => p.Skill, StringComparer.Ordinal)];

    private List<SkillTrend> SkillTrends(int[] top, SortedDictionary<int, int> months)
    {
        var trends = new List<SkillTrend>();
        if (months.Count == 0)
        {
            return trends;
        }
        foreach (var s in top)
        {
            var counts = new Dictionary<int, int>();
            foreach (var p in stats.Members.And(Index.Skills[s]))
            {
                var day = Index.DayOf(p);
                if (day != 0)
                {
                    var key = MonthKey(day);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
            trends.Add(new SkillTrend(Index.SkillNames[s],
                [.. months.Select(kv => new MonthShare(MonthName(kv.Key), ShareFigure.Of(counts.GetValueOrDefault(kv.Key), kv.Value, Options.MinN)))]));
        }
        return trends;
    }

    private static int MonthKey(int day)
    {
        var d = MarketIndex.DateOf(day);
        return d.Year * 12 + d.Month - 1;
    }

    private static string MonthName(int key) =>
        string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}", key / 12, key % 12 + 1);
}
