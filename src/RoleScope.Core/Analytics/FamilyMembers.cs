using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>
/// A family's members in a slice, copied out of the index by one walk in posting order: the posting, its seniority in the
/// family, work mode, day and skill ids, back to back. Every later figure reads this small table instead of the index, whose
/// columns (tens of MB at 1 M postings) a sparse slice would otherwise touch at a new cache line and page per member per pass.
/// </summary>
internal sealed class FamilyMembers
{
    private FamilyMembers(int count)
    {
        Postings = GC.AllocateUninitializedArray<int>(count);
        Seniority = GC.AllocateUninitializedArray<byte>(count);
        WorkMode = GC.AllocateUninitializedArray<byte>(count);
        Day = GC.AllocateUninitializedArray<ushort>(count);
        SkillStart = GC.AllocateUninitializedArray<int>(count + 1);
    }

    public int Count => Postings.Length;
    /// <summary>Posting numbers, ascending.</summary>
    public int[] Postings { get; }
    /// <summary>The seniority of each member's role of this family.</summary>
    public byte[] Seniority { get; }
    public byte[] WorkMode { get; }
    /// <summary>Day as <see cref="MarketIndex"/> stores it (0 = no date).</summary>
    public ushort[] Day { get; }
    public int[] SkillStart { get; }
    public ushort[] Skills { get; private set; } = [];

    /// <summary>Member i's skill ids.</summary>
    public ReadOnlySpan<ushort> SkillsOf(int i) => Skills.AsSpan(SkillStart[i], SkillStart[i + 1] - SkillStart[i]);

    /// <summary>Copies the members out of the index; <paramref name="skillCounts"/> (one slot per index skill) gets their skill counts.</summary>
    public static FamilyMembers Of(MarketIndex index, PostingBits members, RoleFamily family, int[] skillCounts)
    {
        var table = new FamilyMembers(members.Count());
        // About 15 skills a posting; the buffer doubles in the rare slice whose members name more.
        var skills = GC.AllocateUninitializedArray<ushort>(Math.Max(64, table.Count * 16));
        var at = 0;
        var i = 0;
        foreach (var p in members)
        {
            table.Postings[i] = p;
            table.Seniority[i] = (byte)index.SeniorityIn(p, family);
            table.WorkMode[i] = (byte)index.WorkModeOf(p);
            table.Day[i] = (ushort)index.DayOf(p);
            table.SkillStart[i] = at;
            var list = index.SkillsOf(p);
            if (at + list.Length > skills.Length)
            {
                Array.Resize(ref skills, Math.Max(at + list.Length, skills.Length * 2));
            }
            list.CopyTo(skills.AsSpan(at));
            foreach (var s in list)
            {
                skillCounts[s]++;
            }
            at += list.Length;
            i++;
        }
        table.SkillStart[i] = at;
        table.Skills = skills;
        return table;
    }
}
