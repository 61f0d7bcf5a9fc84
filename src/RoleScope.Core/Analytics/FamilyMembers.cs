using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>
/// A family's members in a slice, read out of the index's columns in posting order: the posting, its seniority in the family,
/// work mode, day and (for a sparse family) a copy of its skill ids. Every later figure reads this table.
/// </summary>
internal sealed class FamilyMembers
{
    /// <summary>
    /// Members sparser than one in this many postings get their skill ids copied into the table. Their lists lie far apart in
    /// the index (a new cache line, often a new page, per member), so each later pass would pay those misses again; denser
    /// members are walked in order over lists that lie close together, and copying them would only cost memory.
    /// </summary>
    internal const int CopySkillsBelowDensity = 64;

    private readonly MarketIndex _index;
    // Where each member's copied list starts (member Count: where the copy ends); null when the lists are read from the index.
    private int[]? _skillStart;
    private ushort[] _skills = [];

    private FamilyMembers(MarketIndex index, int count)
    {
        _index = index;
        Postings = GC.AllocateUninitializedArray<int>(count);
        Seniority = GC.AllocateUninitializedArray<byte>(count);
        WorkMode = GC.AllocateUninitializedArray<byte>(count);
        Day = GC.AllocateUninitializedArray<ushort>(count);
    }

    public int Count => Postings.Length;
    /// <summary>Posting numbers, ascending.</summary>
    public int[] Postings { get; }
    /// <summary>The seniority of each member's role of this family.</summary>
    public byte[] Seniority { get; }
    public byte[] WorkMode { get; }
    /// <summary>Day as <see cref="MarketIndex"/> stores it (0 = no date).</summary>
    public ushort[] Day { get; }
    /// <summary>Member i's skill ids: from the copy, or the index's own list.</summary>
    public ReadOnlySpan<ushort> SkillsOf(int i) =>
        _skillStart is { } start ? _skills.AsSpan(start[i], start[i + 1] - start[i]) : _index.SkillsOf(Postings[i]);

    /// <summary>Reads the members out of the index; <paramref name="skillCounts"/> (one slot per index skill) gets their skill counts.</summary>
    public static FamilyMembers Of(MarketIndex index, PostingBits members, RoleFamily family, int[] skillCounts) =>
        Of(index, members, family, skillCounts, (long)members.Count() * CopySkillsBelowDensity < index.Count);

    /// <summary>The same with the choice to copy the skill lists made by the caller (tests check both give the same figures).</summary>
    public static FamilyMembers Of(MarketIndex index, PostingBits members, RoleFamily family, int[] skillCounts, bool copySkills)
    {
        var table = new FamilyMembers(index, members.Count());
        var postings = table.Postings;
        var i = 0;
        foreach (var p in members)
        {
            postings[i++] = p;
        }
        // One column per loop: each loop body is a few instructions, so the processor keeps many of a sparse slice's cache
        // misses in flight at once; one loop reading every column per member waits on them a member at a time.
        for (i = 0; i < postings.Length; i++)
        {
            table.Seniority[i] = (byte)index.SeniorityIn(postings[i], family);
        }
        for (i = 0; i < postings.Length; i++)
        {
            table.WorkMode[i] = (byte)index.WorkModeOf(postings[i]);
        }
        for (i = 0; i < postings.Length; i++)
        {
            table.Day[i] = (ushort)index.DayOf(postings[i]);
        }
        if (!copySkills)
        {
            for (i = 0; i < postings.Length; i++)
            {
                foreach (var s in index.SkillsOf(postings[i]))
                {
                    skillCounts[s]++;
                }
            }
            return table;
        }
        var start = new int[postings.Length + 1];
        for (i = 0; i < postings.Length; i++)
        {
            start[i + 1] = start[i] + index.SkillsOf(postings[i]).Length;
        }
        var skills = GC.AllocateUninitializedArray<ushort>(start[postings.Length]);
        for (i = 0; i < postings.Length; i++)
        {
            index.SkillsOf(postings[i]).CopyTo(skills.AsSpan(start[i]));
        }
        // The copy holds exactly the members' lists back to back: count them in one sequential read.
        foreach (var s in skills)
        {
            skillCounts[s]++;
        }
        table._skillStart = start;
        table._skills = skills;
        return table;
    }
}
