using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>What every figure of one family in a slice starts from: its members, skill counts and sorted salaries.</summary>
internal sealed class FamilyStats
{
    private double[]? _medianReplicates;

    public FamilyStats(MarketIndex index, PostingBits slice, RoleFamily family, AnalysisOptions options, MarketSlice sliceSpec)
    {
        Family = family;
        Members = SliceSelector.Members(index, slice, family, sliceSpec.Seniorities);
        N = Members.Count();
        SkillCounts = new int[index.Skills.Count];
        for (var s = 0; s < SkillCounts.Length; s++)
        {
            SkillCounts[s] = PostingBits.CountAnd(Members, index.Skills[s]);
        }
        Salaried = Members.And(index.Salaried);
        if (index.Country(options.SalaryCountry) is { } country)
        {
            Salaried.AndWith(country);
        }
        else
        {
            Salaried = new PostingBits(index.Count);
        }
        Sorted = index.SalaryOrder.Sorted(Salaried);
    }

    public RoleFamily Family { get; }
    public PostingBits Members { get; }
    public int N { get; }
    /// <summary>Members naming each skill, by the index's skill id.</summary>
    public int[] SkillCounts { get; }
    /// <summary>Members in the salary country with a stated salary.</summary>
    public PostingBits Salaried { get; }
    public double[] Sorted { get; }

    /// <summary>Bootstrap medians of the family's salaries, shared by every premium of the family.</summary>
    public double[] MedianReplicates(AnalysisOptions options) =>
        _medianReplicates ??= MedianBootstrap.Replicates(Sorted, options.Resamples, options.Seed ^ ((int)Family * 7919));

    /// <summary>Skill ids by count (descending), then name (ordinal): the order of "top skills" and of its ties.</summary>
    public int[] Ranked(MarketIndex index) => Ranked(index.SkillNames);

    public int[] Ranked(IReadOnlyList<string> names)
    {
        var ids = Enumerable.Range(0, SkillCounts.Length).Where(s => SkillCounts[s] > 0).ToArray();
        Array.Sort(ids, (x, y) => SkillCounts[x] != SkillCounts[y] ? SkillCounts[y].CompareTo(SkillCounts[x]) : string.CompareOrdinal(names[x], names[y]));
        return ids;
    }
}
