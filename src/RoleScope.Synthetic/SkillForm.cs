using System.Collections.Immutable;

namespace RoleScope.Synthetic;

/// <summary>
/// How postings write one skill. <see cref="Canonical"/> is the name labels use; <see cref="Variants"/> are the spellings
/// written in text (the first is the common one). A skill with <see cref="Phrases"/> is a practice ("code reviews") that
/// reads well only inside a phrase such as "A habit of thoughtful {0}"; one without is a tool that fits in a stack list.
/// </summary>
internal sealed record SkillForm(string Canonical, ImmutableArray<string> Variants, ImmutableArray<string> Phrases)
{
    /// <summary>A skill drawn only together with this one (Spring with Java), at its share given that one.</summary>
    public string? Requires { get; init; }

    /// <summary>Relative pay uplift of postings that name the skill (0.2 = 20% more).</summary>
    public double Premium { get; init; }

    public bool IsTool => Phrases.IsDefaultOrEmpty;

    public string Surface(Random rng) =>
        Variants.Length == 1 || rng.Chance(0.72) ? Variants[0] : Variants[rng.Next(Variants.Length)];
}
