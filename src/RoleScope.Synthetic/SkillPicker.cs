namespace RoleScope.Synthetic;

/// <summary>Draws the skills a posting names from its roles' family tables.</summary>
internal static class SkillPicker
{
    /// <summary>Further roles of a multi-role posting add fewer skills than the first.</summary>
    private const double FurtherRoleScale = 0.5;

    /// <summary>Fills <paramref name="into"/> with canonical names, each once, in table order.</summary>
    public static void Pick(Random rng, IReadOnlyList<PlannedRole> roles, List<string> into)
    {
        into.Clear();
        for (var r = 0; r < roles.Count; r++)
        {
            var profile = roles[r].Profile;
            var scale = r == 0 ? 1.0 : FurtherRoleScale;
            // Skills that need another (Spring needs Java) are drawn after every skill they could need.
            Draw(rng, profile, scale, into, dependent: false);
            Draw(rng, profile, scale, into, dependent: true);
            AddOnce(into, roles[r].ImpliedSkill);
        }
        if (into.Count == 0)
        {
            into.Add(roles[0].Profile.Skills[0].Skill);
        }
    }

    private static void Draw(Random rng, FamilyProfile profile, double scale, List<string> into, bool dependent)
    {
        foreach (var odds in profile.Skills)
        {
            var requires = SkillForms.Get(odds.Skill).Requires;
            if ((requires is not null) != dependent)
            {
                continue;
            }
            var p = odds.Probability * scale;
            if (requires is not null)
            {
                if (!into.Contains(requires))
                {
                    continue;
                }
                // P(Spring | Java) = P(Spring) / P(Java) keeps the family's overall share of Spring as the table says.
                var parent = profile.SkillOdds(requires) * scale;
                p = parent > 0 ? Math.Min(1.0, p / parent) : p;
            }
            if (rng.NextDouble() < p)
            {
                AddOnce(into, odds.Skill);
            }
        }
    }

    private static void AddOnce(List<string> into, string? skill)
    {
        if (skill is not null && !into.Contains(skill))
        {
            into.Add(skill);
        }
    }
}
