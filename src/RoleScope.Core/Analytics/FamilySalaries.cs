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
        var ranks = new int[table.Count];
        var seniority = new byte[table.Count];
        var skillStart = new int[table.Count + 1];
        var skills = new List<ushort>();
        var n = 0;
        for (var i = 0; i < table.Count; i++)
        {
            var p = table.Postings[i];
            var rank = order.RankOf(p);
            if (rank < 0 || !country.Contains(p))
            {
                continue;
            }
            ranks[n] = rank;
            seniority[n] = table.Seniority[i];
            foreach (var s in table.SkillsOf(i))
            {
                skills.Add(s);
            }
            skillStart[++n] = skills.Count;
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
        return new FamilySalaries(sorted, entryAt, seniority, skillStart, [.. skills]);
    }
}
