using System.Buffers;
using RoleScope.Core.Analytics.Index;

namespace RoleScope.Core.Analytics;

/// <summary>
/// A family's members in the salary country that state a salary, in salary order, with the seniority and skill ids of each:
/// walking them fills every salary group (band, premium skill, category) already sorted.
/// </summary>
internal sealed class FamilySalaries
{
    private readonly int[] _entryAt;
    private readonly byte[] _seniority;
    private readonly int[] _skillStart;
    private readonly ushort[] _skills;

    private FamilySalaries(double[] sorted, int[] entryAt, byte[] seniority, int[] skillStart, ushort[] skills)
    {
        Sorted = sorted;
        _entryAt = entryAt;
        _seniority = seniority;
        _skillStart = skillStart;
        _skills = skills;
    }

    public static FamilySalaries None { get; } = new([], [], [], [0], []);

    /// <summary>The salaries, ascending.</summary>
    public double[] Sorted { get; }

    /// <summary>The seniority of the member whose salary is Sorted[j].</summary>
    public byte SeniorityAt(int j) => _seniority[_entryAt[j]];

    /// <summary>The skill ids of the member whose salary is Sorted[j].</summary>
    public ReadOnlySpan<ushort> SkillsAt(int j)
    {
        var e = _entryAt[j];
        return _skills.AsSpan(_skillStart[e], _skillStart[e + 1] - _skillStart[e]);
    }

    /// <summary>
    /// Picks the salaried members in posting order, copying their seniority and skill ids (reads that follow the index's
    /// layout), then orders them by their rank in the index's salary order. Ranks are unique, so this is exactly the order in
    /// which the salary order lists them.
    /// </summary>
    public static FamilySalaries Of(MarketIndex index, FamilyMembers table, PostingBits? country)
    {
        if (country is null)
        {
            return None;
        }
        var order = index.SalaryOrder;
        var postings = table.Postings;
        // Scratch for the candidates, sized by the members (up to a few MB on a whole market): rented, returned below.
        var ranks = ArrayPool<int>.Shared.Rent(table.Count + 1);
        var picked = ArrayPool<int>.Shared.Rent(table.Count + 1);
        var n = 0;
        // Branch-free compaction (a posting states a salary about as often as not): write the candidate, advance if it counts.
        for (var i = 0; i < postings.Length; i++)
        {
            var rank = order.RankOf(postings[i]);
            ranks[n] = rank;
            picked[n] = i;
            n += rank >= 0 ? 1 : 0;
        }
        var kept = 0;
        for (var j = 0; j < n; j++)
        {
            ranks[kept] = ranks[j];
            picked[kept] = picked[j];
            kept += country.Contains(postings[picked[j]]) ? 1 : 0;
        }
        n = kept;
        var seniority = new byte[n];
        var skillStart = new int[n + 1];
        for (var e = 0; e < n; e++)
        {
            seniority[e] = table.Seniority[picked[e]];
            skillStart[e + 1] = skillStart[e] + table.SkillsOf(picked[e]).Length;
        }
        var skills = new ushort[skillStart[n]];
        for (var e = 0; e < n; e++)
        {
            table.SkillsOf(picked[e]).CopyTo(skills.AsSpan(skillStart[e]));
        }
        var entryAt = new int[n];
        for (var e = 0; e < n; e++)
        {
            entryAt[e] = e;
        }
        Array.Sort(ranks, entryAt, 0, n);
        var sorted = new double[n];
        for (var j = 0; j < n; j++)
        {
            sorted[j] = order.SalaryAt(ranks[j]);
        }
        ArrayPool<int>.Shared.Return(ranks);
        ArrayPool<int>.Shared.Return(picked);
        return new FamilySalaries(sorted, entryAt, seniority, skillStart, skills);
    }
}
