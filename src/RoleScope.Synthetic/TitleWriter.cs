using System.Collections.Immutable;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>Draws a role's seniority and writes its title ("Senior Backend Engineer", "Software Engineer II, Backend").</summary>
internal static class TitleWriter
{
    /// <summary>About a quarter of postings put no seniority word in the title.</summary>
    public const double NoWordShare = 0.25;

    private const double TeamShare = 0.12;

    private static readonly ImmutableArray<string> Teams =
        ["Payments", "Billing", "Search", "Onboarding", "Checkout", "Scheduling", "Notifications", "Identity", "Integrations",
         "Reporting", "Growth", "Marketplace", "Pricing", "Fulfillment"];

    public static string PickTeam(Random rng) => rng.Pick(Teams);

    /// <summary>Plans a role; a title that names a team ("Senior Backend Engineer, Payments") names <paramref name="team"/>.</summary>
    public static PlannedRole Plan(Random rng, FamilyProfile profile, string team)
    {
        var actual = profile.SeniorityMix.Pick(rng);
        var phrase = PickPhrase(rng, profile, actual);
        if (phrase.Implied is { } implied)
        {
            return new(profile, actual, phrase.Core + phrase.Tail, implied, phrase.Skill);
        }
        var noWord = (actual == Seniority.Mid && !profile.MidHasTitleWords) || rng.Chance(NoWordShare);
        string title;
        if (noWord)
        {
            title = phrase.Core + phrase.Tail;
        }
        else
        {
            var word = SeniorityWords.Pick(rng, actual);
            if (word.IsSuffix && phrase.Tail.Length > 0 && word.Text != " II")
            {
                // "Software Engineer (New Grad), Backend" reads badly; "Junior Software Engineer, Backend" does not.
                word = SeniorityWords.Prefix(actual);
            }
            title = word.IsSuffix ? phrase.Core + word.Text + phrase.Tail : word.Text + phrase.Core + phrase.Tail;
        }
        if (phrase.Tail.Length == 0 && rng.Chance(TeamShare))
        {
            title += (rng.Chance(0.5) ? ", " : " - ") + team;
        }
        return new(profile, actual, title, noWord ? Seniority.Unknown : actual, phrase.Skill);
    }

    /// <summary>"Backend and Full-Stack Engineers", or "Backend Engineers and Product Designers" when the nouns differ.</summary>
    public static string Plural(IReadOnlyList<PlannedRole> roles)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < roles.Count)
        {
            var noun = roles[i].Profile.PluralNoun;
            var j = i;
            var modifiers = new List<string>();
            while (j < roles.Count && roles[j].Profile.PluralNoun == noun)
            {
                modifiers.Add(roles[j].Profile.PluralModifier);
                j++;
            }
            parts.Add(JoinAnd(modifiers) + " " + noun);
            i = j;
        }
        return JoinAnd(parts);
    }

    private static string JoinAnd(List<string> items) => items.Count switch
    {
        1 => items[0],
        2 => items[0] + " and " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static TitlePhrase PickPhrase(Random rng, FamilyProfile profile, Seniority actual)
    {
        var hasImplied = false;
        foreach (var t in profile.Titles)
        {
            hasImplied |= t.Implied == actual;
        }
        var total = 0.0;
        foreach (var t in profile.Titles)
        {
            total += Fits(t, actual, hasImplied) ? t.Weight : 0;
        }
        var x = rng.NextDouble() * total;
        TitlePhrase? last = null;
        foreach (var t in profile.Titles)
        {
            if (!Fits(t, actual, hasImplied))
            {
                continue;
            }
            last = t;
            x -= t.Weight;
            if (x < 0)
            {
                return t;
            }
        }
        return last ?? throw new InvalidOperationException($"Family {profile.Family} has no title for {actual}.");
    }

    // A level with titles of its own (Director for principal managers) uses only those; other levels use the plain titles.
    private static bool Fits(TitlePhrase phrase, Seniority actual, bool levelHasOwnTitles) =>
        levelHasOwnTitles ? phrase.Implied == actual : phrase.Implied is null;
}
