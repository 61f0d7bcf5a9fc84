using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>What every figure of one family in a slice starts from: its members, skill counts and sorted salaries.</summary>
internal sealed class FamilyStats
{
    private double[]? _medianReplicates;
    private int[]? _ranked;

    public FamilyStats(MarketIndex index, PostingBits slice, RoleFamily family, AnalysisOptions options, MarketSlice sliceSpec)
    {
        Family = family;
        Members = SliceSelector.Members(index, slice, family, sliceSpec.Seniorities);
        SkillCounts = new int[index.Skills.Count];
        var n = 0;
        foreach (var p in Members)
        {
            n++;
            foreach (var s in index.SkillsOf(p))
            {
                SkillCounts[s]++;
            }
        }
        N = n;
        Salaried = Members.And(index.Salaried);
        if (index.Country(options.SalaryCountry) is { } country)
        {
            Salaried.AndWith(country);
        }
        else
        {
            Salaried = new PostingBits(index.Count);
        }
        Sorted = index.SalaryOrder.Sorted(Salaried, out var postings);
        SortedPostings = postings;
    }

    public RoleFamily Family { get; }
    public PostingBits Members { get; }
    public int N { get; }
    /// <summary>Members naming each skill, by the index's skill id.</summary>
    public int[] SkillCounts { get; }
    /// <summary>Members in the salary country with a stated salary.</summary>
    public PostingBits Salaried { get; }
    public double[] Sorted { get; }
    /// <summary>The salaried members in the order of <see cref="Sorted"/>: walking them fills every salary group already sorted.</summary>
    public int[] SortedPostings { get; }

    /// <summary>Bootstrap medians of the family's salaries, shared by every premium of the family.</summary>
    public double[] MedianReplicates(AnalysisOptions options) =>
        _medianReplicates ??= MedianBootstrap.Replicates(Sorted, options.Resamples, options.Seed ^ ((int)Family * 7919));

    /// <summary>Skill ids by count (descending), then name (ordinal): the order of "top skills" and of its ties.</summary>
    public int[] Ranked(MarketIndex index) => Ranked(index.SkillNames);

    public int[] Ranked(IReadOnlyList<string> names)
    {
        if (_ranked is not null)
        {
            return _ranked;
        }
        var ids = new List<int>();
        for (var s = 0; s < SkillCounts.Length; s++)
        {
            if (SkillCounts[s] > 0)
            {
                ids.Add(s);
            }
        }
        var ranked = ids.ToArray();
        var counts = SkillCounts;
        Array.Sort(ranked, (x, y) => counts[x] != counts[y] ? counts[y].CompareTo(counts[x]) : string.CompareOrdinal(names[x], names[y]));
        return _ranked = ranked;
    }
}
