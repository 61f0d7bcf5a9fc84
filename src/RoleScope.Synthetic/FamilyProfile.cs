using System.Collections.Immutable;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>How one role family looks in generated postings: its share, seniority mix, titles, skills, pay and duties.</summary>
internal sealed record FamilyProfile
{
    public required RoleFamily Family { get; init; }

    /// <summary>Relative share of postings whose first role is of this family.</summary>
    public required double Weight { get; init; }

    public required WeightedTable<Seniority> SeniorityMix { get; init; }

    public required ImmutableArray<TitlePhrase> Titles { get; init; }

    /// <summary>The family's word in a plural header: "Backend" in "Backend and Full-Stack Engineers".</summary>
    public required string PluralModifier { get; init; }

    public required string PluralNoun { get; init; }

    /// <summary>US base-pay midpoint at mid level, before seniority, skill premiums, city and noise.</summary>
    public required double UsMidSalary { get; init; }

    /// <summary>Share of the family's postings naming each skill (independent draws, see <see cref="SkillForm.Requires"/>).</summary>
    public required ImmutableArray<SkillOdds> Skills { get; init; }

    /// <summary>"What you'll do" lines; may use the slots {team}, {product}, {customers} and {things}.</summary>
    public required ImmutableArray<string> Duties { get; init; }

    /// <summary>Completes "5+ years of experience ...".</summary>
    public required string ExperienceArea { get; init; }

    /// <summary>False where "Mid-Level" or "II" would read oddly in a title (an engineering manager).</summary>
    public bool MidHasTitleWords { get; init; } = true;

    public double SkillOdds(string skill)
    {
        foreach (var odds in Skills)
        {
            if (odds.Skill == skill)
            {
                return odds.Probability;
            }
        }
        return 0;
    }
}

/// <summary>
/// A job title without its seniority word: <see cref="Core"/> takes a prefix ("Senior ") or suffix (" II"),
/// <see cref="Tail"/> follows it (", Backend"). A title that names a technology implies that skill; a title such as
/// "Director of Engineering" implies its seniority and takes no word.
/// </summary>
internal sealed record TitlePhrase(string Core, string Tail = "", double Weight = 1, string? Skill = null, Seniority? Implied = null);

internal readonly record struct SkillOdds(string Skill, double Probability);
