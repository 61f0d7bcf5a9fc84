using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>What every figure of one family in a slice starts from: its members, skill counts and sorted salaries.</summary>
internal sealed class FamilyStats
{
    private readonly MarketIndex _index;
    private readonly string _salaryCountry;
    private double[]? _medianReplicates;
    private int[]? _ranked;
    private PostingBits? _salaried;

    public FamilyStats(MarketIndex index, PostingBits slice, RoleFamily family, AnalysisOptions options, MarketSlice sliceSpec)
    {
        _index = index;
        _salaryCountry = options.SalaryCountry;
        Family = family;
        Members = SliceSelector.Members(index, slice, family, sliceSpec.Seniorities);
        SkillCounts = new int[index.Skills.Count];
        Table = FamilyMembers.Of(index, Members, family, SkillCounts);
        N = Table.Count;
        Salaries = FamilySalaries.Of(index, Table, index.Country(options.SalaryCountry));
    }

    public RoleFamily Family { get; }
    public PostingBits Members { get; }
    /// <summary>The members copied out of the index, in posting order.</summary>
    public FamilyMembers Table { get; }
    public int N { get; }
    /// <summary>Members naming each skill, by the index's skill id.</summary>
    public int[] SkillCounts { get; }
    /// <summary>Members in the salary country with a stated salary (built on first use: only the salary benchmark asks).</summary>
    public PostingBits Salaried => _salaried ??= SalariedBits();
    /// <summary>The salaried members in salary order.</summary>
    public FamilySalaries Salaries { get; }
    /// <summary>Their salaries, ascending.</summary>
    public double[] Sorted => Salaries.Sorted;

    /// <summary>Bootstrap medians of the family's salaries, shared by every premium of the family.</summary>
    public double[] MedianReplicates(AnalysisOptions options) =>
        _medianReplicates ??= MedianBootstrap.Replicates(Sorted, options.Resamples, options.Seed ^ ((int)Family * 7919));

    /// <summary>Skill ids by count (descending), then name (ordinal): the order of "top skills" and of its ties.</summary>
    public int[] Ranked()
    {
        if (_ranked is not null)
        {
            return _ranked;
        }
        var nameOrder = _index.SkillNameOrder;
        var size = 0;
        foreach (var c in SkillCounts)
        {
            size += c > 0 ? 1 : 0;
        }
        // One key per skill, count descending in the high half and the name's ordinal rank in the low half: a plain sort of
        // longs gives the order a comparer of (count, name) would, without a delegate call and a string compare per step.
        var keys = new long[size];
        var ranked = new int[size];
        var k = 0;
        for (var s = 0; s < SkillCounts.Length; s++)
        {
            if (SkillCounts[s] > 0)
            {
                keys[k] = ((long)(int.MaxValue - SkillCounts[s]) << 32) | (uint)nameOrder[s];
                ranked[k++] = s;
            }
        }
        Array.Sort(keys, ranked);
        return _ranked = ranked;
    }

    private PostingBits SalariedBits()
    {
        if (_index.Country(_salaryCountry) is not { } country)
        {
            return new PostingBits(_index.Count);
        }
        var salaried = Members.And(_index.Salaried);
        salaried.AndWith(country);
        return salaried;
    }
}
