using System.Buffers;
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
    private static readonly Seniority[] Levels = [.. Enum.GetValues<Seniority>().Where(s => s != Seniority.Unknown)];

    private MarketIndex Index => analyzer.Index;
    private AnalysisOptions Options => analyzer.Options;
    private FamilyStats Stats => stats;
    private MarketAnalyzer Analyzer => analyzer;

    public FamilyProfile Build()
    {
        var family = stats.Family;
        var minN = Options.MinN;
        var n = stats.N;

        var seniority = new int[8];
        var modes = new int[4];
        var months = new int[MonthSpan];
        int firstDay = int.MaxValue, lastDay = 0;
        var table = stats.Table;
        for (var i = 0; i < table.Count; i++)
        {
            seniority[table.Seniority[i]]++;
            modes[table.WorkMode[i]]++;
            int day = table.Day[i];
            if (day != 0)
            {
                months[MonthOfDay[day]]++;
                firstDay = Math.Min(firstDay, day);
                lastDay = Math.Max(lastDay, day);
            }
        }
        var monthList = new List<int>();
        if (lastDay != 0)
        {
            for (var m = MonthOfDay[firstDay]; m <= MonthOfDay[lastDay]; m++)
            {
                if (months[m] > 0)
                {
                    monthList.Add(m);
                }
            }
        }

        var knownSeniority = n - seniority[(int)Seniority.Unknown];
        var seniorityMix = new Dictionary<Seniority, ShareFigure>();
        foreach (var s in Levels)
        {
            seniorityMix[s] = ShareFigure.Of(seniority[(int)s], knownSeniority, minN);
        }
        var knownMode = n - modes[(int)WorkMode.Unknown];
        var modeMix = new Dictionary<WorkMode, ShareFigure>();
        foreach (var m in Modes)
        {
            modeMix[m] = ShareFigure.Of(modes[(int)m], knownMode, minN);
        }

        var ranked = stats.Ranked();
        var top = ranked.AsSpan(0, Math.Min(Options.TopK, ranked.Length)).ToArray();
        var topSkills = new List<SkillFrequency>(top.Length);
        foreach (var s in top)
        {
            topSkills.Add(new SkillFrequency(Index.SkillNames[s], analyzer.CategoryOf(Index.SkillNames[s]), ShareFigure.Of(stats.SkillCounts[s], n, minN)));
        }
        var hasSalaries = stats.Sorted.Length >= minN && stats.Sorted.Length > 0;
        var groups = new SalaryGroups(this, top, hasSalaries);
        var byBand = new Dictionary<SeniorityBand, SalaryFigure>();
        for (var b = 0; b < Bands.Length; b++)
        {
            byBand[Bands[b]] = SalaryFigure.OfSorted(groups.Group(b).ToArray(), minN);
        }
        var trend = new List<MonthCount>(monthList.Count);
        foreach (var m in monthList)
        {
            trend.Add(new MonthCount(MonthName(m), months[m]));
        }
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
            Countries = Countries(),
            CountryUnknown = ShareFigure.Of(n - PostingBits.CountAnd(stats.Members, Index.WithCountry), n, minN),
            TopSkills = topSkills,
            Premiums = hasSalaries ? groups.SkillPremiums() : [],
            CategoryPremiums = hasSalaries ? groups.CategoryPremiums() : [],
            Trend = trend,
            SkillTrends = SkillTrends(top, monthList, months),
            Window = lastDay == 0 ? null : new DateWindow(MarketIndex.DateOf(firstDay), MarketIndex.DateOf(lastDay)),
        };
    }

    private List<CountryShare> Countries()
    {
        var withCountry = PostingBits.CountAnd(stats.Members, Index.WithCountry);
        var counts = new List<(string Country, int Count)>();
        for (var c = 0; c < Index.Countries.Count; c++)
        {
            var count = PostingBits.CountAnd(stats.Members, Index.Countries[c]);
            if (count > 0)
            {
                counts.Add((Index.CountryNames[c], count));
            }
        }
        counts.Sort((x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Country, y.Country));
        var shares = new List<CountryShare>(Math.Min(10, counts.Count));
        for (var i = 0; i < counts.Count && i < 10; i++)
        {
            shares.Add(new CountryShare(counts[i].Country, ShareFigure.Of(counts[i].Count, withCountry, Options.MinN)));
        }
        return shares;
    }

    /// <summary>
    /// The salaries of every band, premium skill and category of the family, filled by one walk of the salaried members in salary
    /// order, so each group comes out sorted, into one buffer (a count pass sizes it, a fill pass writes it).
    /// </summary>
    private sealed class SalaryGroups
    {
        private readonly ProfileBuilder _owner;
        private readonly int[] _slotOfSkill;
        private readonly List<int> _premiumSkills = [];
        private readonly int _categoryBase;
        private readonly int[] _start;
        private readonly double[] _values;

        public SalaryGroups(ProfileBuilder owner, int[] top, bool premiums)
        {
            _owner = owner;
            var index = owner.Index;
            var stats = owner.Stats;
            var minN = owner.Options.MinN;
            _slotOfSkill = new int[index.SkillNames.Count];
            Array.Fill(_slotOfSkill, -1);
            var categories = owner.Analyzer.SkillCategories;
            var categoryCount = premiums ? owner.Analyzer.CategoryNames.Count : 0;
            if (premiums)
            {
                foreach (var s in top)
                {
                    AddPremiumSkill(s, minN);
                }
                if (owner.Options.PremiumSkills is { } asked)
                {
                    foreach (var name in asked)
                    {
                        if (index.SkillId(name) is var id and >= 0)
                        {
                            AddPremiumSkill(id, minN);
                        }
                    }
                }
            }
            _categoryBase = Bands.Length + _premiumSkills.Count;
            var groups = _categoryBase + categoryCount;
            _start = new int[groups + 1];
            var seen = new int[categoryCount];
            Array.Fill(seen, -1);
            var salaried = stats.Salaries;
            var salaries = salaried.Sorted;
            // One walk lists every (group, salary) membership in salary order and counts each group; the fill then copies the
            // salaries to each group's next free place, so every group comes out sorted without reading a skill list twice.
            var next = new int[groups];
            var memberships = new Memberships(salaries.Length * 8);
            for (var i = 0; i < salaries.Length; i++)
            {
                var band = BandSlot(((Seniority)salaried.SeniorityAt(i)).Band());
                if (band >= 0)
                {
                    memberships.Add(band, i);
                    next[band]++;
                }
                if (!premiums)
                {
                    continue;
                }
                foreach (var s in salaried.SkillsAt(i))
                {
                    if (_slotOfSkill[s] >= 0)
                    {
                        var g = Bands.Length + _slotOfSkill[s];
                        memberships.Add(g, i);
                        next[g]++;
                    }
                    var c = categories[s];
                    if (seen[c] != i)
                    {
                        seen[c] = i;
                        memberships.Add(_categoryBase + c, i);
                        next[_categoryBase + c]++;
                    }
                }
            }
            for (var g = 0; g < groups; g++)
            {
                _start[g + 1] = _start[g] + next[g];
                next[g] = _start[g];
            }
            var values = new double[_start[groups]];
            for (var m = 0; m < memberships.Count; m++)
            {
                values[next[memberships.Group[m]]++] = salaries[memberships.Salary[m]];
            }
            memberships.Return();
            _values = values;
        }

        public ReadOnlySpan<double> Group(int g) => _values.AsSpan(_start[g], _start[g + 1] - _start[g]);

        public List<SkillPremium> SkillPremiums()
        {
            var premiums = new List<SkillPremium>();
            var buffer = new double[_owner.Options.Resamples];
            for (var i = 0; i < _premiumSkills.Count; i++)
            {
                var group = Group(Bands.Length + i);
                if (group.Length >= _owner.Options.MinN)
                {
                    premiums.Add(_owner.Premium(_owner.Index.SkillNames[_premiumSkills[i]], group, buffer));
                }
            }
            return Ordered(premiums);
        }

        public List<SkillPremium> CategoryPremiums()
        {
            var premiums = new List<SkillPremium>();
            var buffer = new double[_owner.Options.Resamples];
            var names = _owner.Analyzer.CategoryNames;
            for (var c = 0; c < _start.Length - 1 - _categoryBase; c++)
            {
                var group = Group(_categoryBase + c);
                if (group.Length >= _owner.Options.MinN && group.Length > 0)
                {
                    premiums.Add(_owner.Premium(names[c], group, buffer));
                }
            }
            return Ordered(premiums);
        }

        private void AddPremiumSkill(int s, int minN)
        {
            // Cheap count first: a skill named by fewer than min_n members cannot have min_n salaried ones.
            if (_slotOfSkill[s] < 0 && _owner.Stats.SkillCounts[s] >= minN)
            {
                _slotOfSkill[s] = _premiumSkills.Count;
                _premiumSkills.Add(s);
            }
        }

        /// <summary>(group, salary) pairs in walk order, in rented buffers: they live only while the groups are filled.</summary>
        private struct Memberships(int capacity)
        {
            public int[] Group = ArrayPool<int>.Shared.Rent(capacity);
            public int[] Salary = ArrayPool<int>.Shared.Rent(capacity);
            public int Count;

            public void Add(int group, int salary)
            {
                if (Count == Group.Length)
                {
                    Group = Grow(Group, Count);
                    Salary = Grow(Salary, Count);
                }
                Group[Count] = group;
                Salary[Count++] = salary;
            }

            public readonly void Return()
            {
                ArrayPool<int>.Shared.Return(Group);
                ArrayPool<int>.Shared.Return(Salary);
            }

            private static int[] Grow(int[] buffer, int count)
            {
                var larger = ArrayPool<int>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, count).CopyTo(larger);
                ArrayPool<int>.Shared.Return(buffer);
                return larger;
            }
        }

        private static int BandSlot(SeniorityBand band) => Array.IndexOf(Bands, band);
    }

    private SkillPremium Premium(string name, ReadOnlySpan<double> sorted, double[] buffer)
    {
        var familyMedian = Intervals.Percentile(stats.Sorted, 0.5);
        var median = Intervals.Median(sorted);
        // The skill's median and the family's are resampled apart; the two are positively correlated (one group is inside the
        // other), so treating them as independent makes the interval a little wider than a joint resample: conservative.
        var family = stats.MedianReplicates(Options);
        var random = new Random(Options.Seed ^ name.GetStableHash() ^ ((int)stats.Family << 24));
        var replicates = buffer.AsSpan(0, family.Length);
        for (var r = 0; r < family.Length; r++)
        {
            replicates[r] = MedianBootstrap.Resample(sorted, random) - family[r];
        }
        var absolute = Intervals.FromReplicatesInPlace(median.Value - familyMedian, replicates);
        return new SkillPremium(name, sorted.Length, median, absolute, (median.Value - familyMedian) / familyMedian);
    }

    private static List<SkillPremium> Ordered(List<SkillPremium> premiums)
    {
        premiums.Sort((x, y) => x.Absolute.Value != y.Absolute.Value ? y.Absolute.Value.CompareTo(x.Absolute.Value) : string.CompareOrdinal(x.Skill, y.Skill));
        return premiums;
    }

    /// <summary>Each top skill's postings per month, from one walk of the dated members' skill lists.</summary>
    private List<SkillTrend> SkillTrends(int[] top, List<int> monthList, int[] months)
    {
        var trends = new List<SkillTrend>();
        if (monthList.Count == 0 || top.Length == 0)
        {
            return trends;
        }
        var first = monthList[0];
        var span = monthList[^1] - first + 1;
        var slot = new int[Index.SkillNames.Count];
        Array.Fill(slot, -1);
        for (var t = 0; t < top.Length; t++)
        {
            slot[top[t]] = t;
        }
        var counts = new int[top.Length * span];
        var table = stats.Table;
        for (var i = 0; i < table.Count; i++)
        {
            int day = table.Day[i];
            if (day == 0)
            {
                continue;
            }
            var m = MonthOfDay[day] - first;
            foreach (var s in table.SkillsOf(i))
            {
                if (slot[s] >= 0)
                {
                    counts[slot[s] * span + m]++;
                }
            }
        }
        for (var t = 0; t < top.Length; t++)
        {
            var shares = new List<MonthShare>(monthList.Count);
            foreach (var m in monthList)
            {
                shares.Add(new MonthShare(MonthName(m), ShareFigure.Of(counts[t * span + m - first], months[m], Options.MinN)));
            }
            trends.Add(new SkillTrend(Index.SkillNames[top[t]], shares));
        }
        return trends;
    }

    /// <summary>Months since 1970-01 of every day the index can hold (a ushort day number), so a posting's month is one lookup.</summary>
    private static readonly int[] MonthOfDay = BuildMonthOfDay();

    private const int FirstYear = 1970;
    private static readonly int MonthSpan = MonthOfDay[^1] + 1;

    private static int[] BuildMonthOfDay()
    {
        var table = new int[ushort.MaxValue + 1];
        for (var day = 1; day < table.Length; day++)
        {
            var d = MarketIndex.DateOf(day);
            table[day] = (d.Year - FirstYear) * 12 + d.Month - 1;
        }
        return table;
    }

    private static string MonthName(int month) =>
        string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}", FirstYear + month / 12, month % 12 + 1);
}
