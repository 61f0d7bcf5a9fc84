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
        // About 15 skills a posting; the buffer doubles in the rare slice whose members name more.
        var skills = copySkills ? GC.AllocateUninitializedArray<ushort>(Math.Max(64, table.Count * 16)) : index.SkillListBuffer;
        var at = 0;
        var i = 0;
        foreach (var p in members)
        {
            table.Postings[i] = p;
            table.Seniority[i] = (byte)index.SeniorityIn(p, family);
            table.WorkMode[i] = (byte)index.WorkModeOf(p);
            table.Day[i] = (ushort)index.DayOf(p);
            var list = index.SkillsOf(p);
            foreach (var s in list)
            {
                skillCounts[s]++;
            }
            if (copySkills)
            {
                if (at + list.Length > skills.Length)
                {
                    Array.Resize(ref skills, Math.Max(at + list.Length, skills.Length * 2));
                }
                list.CopyTo(skills.AsSpan(at));
                table.SkillFrom[i] = at;
                at += list.Length;
                table.SkillTo[i] = at;
            }
            else
            {
                table.SkillFrom[i] = index.SkillStartOf(p);
                table.SkillTo[i] = index.SkillStartOf(p + 1);
            }
            i++;
        }
        table.Skills = skills;
        return table;
    }
}
