using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>
/// A family's members in a slice, read out of the index by one walk in posting order: the posting, its seniority in the family,
/// work mode, day and skill ids. Every later figure reads this table instead of the index's columns.
/// </summary>
internal sealed class FamilyMembers
{
    /// <summary>
    /// Members sparser than one in this many postings get their skill ids copied into the table. Their lists lie far apart in
    /// the index (a new cache line, often a new page, per member), so each later pass would pay those misses again; denser
    /// members are walked in order over lists that lie close together, and copying them would only cost memory.
    /// </summary>
    internal const int CopySkillsBelowDensity = 64;

    private FamilyMembers(int count)
    {
        Postings = GC.AllocateUninitializedArray<int>(count);
        Seniority = GC.AllocateUninitializedArray<byte>(count);
        WorkMode = GC.AllocateUninitializedArray<byte>(count);
        Day = GC.AllocateUninitializedArray<ushort>(count);
        SkillFrom = GC.AllocateUninitializedArray<int>(count);
        SkillTo = GC.AllocateUninitializedArray<int>(count);
    }

    public int Count => Postings.Length;
    /// <summary>Posting numbers, ascending.</summary>
    public int[] Postings { get; }
    /// <summary>The seniority of each member's role of this family.</summary>
    public byte[] Seniority { get; }
    public byte[] WorkMode { get; }
    /// <summary>Day as <see cref="MarketIndex"/> stores it (0 = no date).</summary>
    public ushort[] Day { get; }
    /// <summary>Member i's skill ids are Skills[SkillFrom[i]..SkillTo[i]]: a copy, or the index's own lists.</summary>
    public int[] SkillFrom { get; }
    public int[] SkillTo { get; }
    public ushort[] Skills { get; private set; } = [];

    /// <summary>Member i's skill ids.</summary>
    public ReadOnlySpan<ushort> SkillsOf(int i) => Skills.AsSpan(SkillFrom[i], SkillTo[i] - SkillFrom[i]);

    /// <summary>Reads the members out of the index; <paramref name="skillCounts"/> (one slot per index skill) gets their skill counts.</summary>
    public static FamilyMembers Of(MarketIndex index, PostingBits members, RoleFamily family, int[] skillCounts) =>
        Of(index, members, family, skillCounts, (long)members.Count() * CopySkillsBelowDensity < index.Count);

    /// <summary>The same with the choice to copy the skill lists made by the caller (tests check both give the same figures).</summary>
    public static FamilyMembers Of(MarketIndex index, PostingBits members, RoleFamily family, int[] skillCounts, bool copySkills)
    {
        var table = new FamilyMembers(members.Count());
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
        for (i = 0; i < postings.Length; i++)
        {
            table.SkillFrom[i] = index.SkillStartOf(postings[i]);
            table.SkillTo[i] = index.SkillStartOf(postings[i] + 1);
        }
        if (copySkills)
        {
            // The copy holds exactly the members' lists back to back: count them in one sequential read.
            table.Skills = Copy(table, index.SkillListBuffer);
            foreach (var s in table.Skills)
            {
                skillCounts[s]++;
            }
            return table;
        }
        table.Skills = index.SkillListBuffer;
        for (i = 0; i < postings.Length; i++)
        {
            foreach (var s in table.SkillsOf(i))
            {
                skillCounts[s]++;
            }
        }
        return table;
    }

    /// <summary>Copies the members' lists back to back and points SkillFrom/SkillTo at the copy.</summary>
    private static ushort[] Copy(FamilyMembers table, ushort[] lists)
    {
        var total = 0;
        for (var i = 0; i < table.Count; i++)
        {
            total += table.SkillTo[i] - table.SkillFrom[i];
        }
        var skills = GC.AllocateUninitializedArray<ushort>(total);
        var at = 0;
        for (var i = 0; i < table.Count; i++)
        {
            var length = table.SkillTo[i] - table.SkillFrom[i];
            lists.AsSpan(table.SkillFrom[i], length).CopyTo(skills.AsSpan(at));
            table.SkillFrom[i] = at;
            at += length;
            table.SkillTo[i] = at;
        }
        return skills;
    }
}
