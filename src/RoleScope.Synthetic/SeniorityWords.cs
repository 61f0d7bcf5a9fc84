using System.Collections.Immutable;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>A seniority word as a title writes it: a prefix ("Senior ") or a suffix (" II", " (New Grad)").</summary>
internal readonly record struct TitleWord(string Text, bool IsSuffix = false);

/// <summary>A stated experience requirement: "5+ years" (<see cref="Max"/> null) or "3-4 years".</summary>
internal readonly record struct YearsOfExperience(int Min, int? Max)
{
    /// <summary>The seniority the years tell under extraction.md: 0-2 years entry, 3-4 mid, 5+ senior.</summary>
    public Seniority Tells => Min switch
    {
        <= 2 => Seniority.Entry,
        <= 4 => Seniority.Mid,
        _ => Seniority.Senior,
    };
}

internal static class SeniorityWords
{
    private static readonly WeightedTable<TitleWord> Entry = new(
    [
        (new("Junior "), 5), (new("Jr. "), 1.5), (new("Entry-Level "), 1.5), (new("Graduate "), 0.7),
        (new(" (New Grad)", true), 0.8), (new(" - New Grad", true), 0.3),
    ]);

    private static readonly WeightedTable<TitleWord> Mid = new(
    [
        (new("Mid-Level "), 4), (new("Mid "), 1.5), (new(" II", true), 3), (new(" (Mid-Level)", true), 1),
    ]);

    private static readonly WeightedTable<TitleWord> Senior = new(
    [
        (new("Senior "), 6), (new("Sr. "), 1.5), (new("Sr "), 0.4), (new("Lead "), 1), (new(" (Senior)", true), 0.3),
    ]);

    private static readonly WeightedTable<TitleWord> Staff = new([(new("Staff "), 1)]);

    private static readonly WeightedTable<TitleWord> Principal = new([(new("Principal "), 1)]);

    // Each range stays inside one band of extraction.md so that the years never contradict the title.
    private static readonly ImmutableArray<YearsOfExperience> EntryYears = [new(0, 2), new(1, null), new(2, null)];
    private static readonly ImmutableArray<YearsOfExperience> MidYears = [new(3, null), new(3, 4), new(4, null)];
    private static readonly ImmutableArray<YearsOfExperience> SeniorYears = [new(5, null), new(6, null), new(7, null)];
    private static readonly ImmutableArray<YearsOfExperience> StaffYears = [new(8, null), new(10, null)];

    public static TitleWord Pick(Random rng, Seniority seniority) => Table(seniority).Pick(rng);

    /// <summary>The most common prefix of a level, for titles whose tail leaves no room for a suffix.</summary>
    public static TitleWord Prefix(Seniority seniority) => Table(seniority).Items[0];

    public static YearsOfExperience PickYears(Random rng, Seniority seniority) => rng.Pick(seniority switch
    {
        Seniority.Intern or Seniority.Entry => EntryYears,
        Seniority.Mid => MidYears,
        Seniority.Senior => SeniorYears,
        _ => StaffYears,
    });

    private static WeightedTable<TitleWord> Table(Seniority seniority) => seniority switch
    {
        Seniority.Intern or Seniority.Entry => Entry,
        Seniority.Mid => Mid,
        Seniority.Senior => Senior,
        Seniority.Staff => Staff,
        Seniority.Principal => Principal,
        _ => throw new ArgumentOutOfRangeException(nameof(seniority), seniority, "Unknown seniority has no title word."),
    };
}
