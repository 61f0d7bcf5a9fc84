using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics.Planning;

/// <summary>Where a move starts: a family (its top skills are what one has) or a list of skills one has.</summary>
public sealed record TransitionRequest(RoleFamily? From, IReadOnlyList<string> Skills, RoleFamily To);

/// <summary>
/// A move to a target family: the skills that transfer, the missing ones ranked by how often the target asks for them and by what
/// they pay there, and a fit score.
/// </summary>
public sealed record TransitionPlan
{
    public required TransitionRequest Request { get; init; }
    /// <summary>The skills counted as held: the request's skills, or the source family's top K.</summary>
    public required IReadOnlyList<string> Held { get; init; }
    public required int TargetPostings { get; init; }
    public required int TopK { get; init; }
    /// <summary>Held skills in the target's top K, most asked-for first.</summary>
    public required IReadOnlyList<PlanSkill> Transferable { get; init; }
    /// <summary>Target top-K skills not held, most asked-for first.</summary>
    public required IReadOnlyList<PlanSkill> MissingByFrequency { get; init; }
    /// <summary>Missing skills with a premium in the target (n >= min_n), highest premium first.</summary>
    public required IReadOnlyList<PlanSkill> MissingByPremium { get; init; }
    /// <summary>
    /// Share of the target's skill demand already covered: the frequencies of held top-K skills over the sum of all top-K
    /// frequencies (1 = every skill the target asks for most). Its interval comes from binomial redraws of the target's skill counts.
    /// </summary>
    public required Estimate? Fit { get; init; }
    /// <summary>The seeds' "which should you choose" bullets for this pair of families, each with today's figure, when the data has them.</summary>
    public required RoleChoiceView? Choice { get; init; }
}

/// <summary>A skill as the plan sees it: its share of target postings, its premium there, and its share in the source family.</summary>
public sealed record PlanSkill(string Skill, string Category, ShareFigure InTarget, SkillPremium? Premium, ShareFigure? InSource);
