namespace RoleScope.Core.Knowledge;

/// <summary>All knowledge files, loaded once. Immutable and shared by every thread.</summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> LazyDefault = new(() => new KnowledgeBase(
        SkillTaxonomy.Load(), PlaceTable.Load(), RolePatterns.Load(), ExchangeRates.Load()));

    public KnowledgeBase(SkillTaxonomy skills, PlaceTable places, RolePatterns roles, ExchangeRates rates)
    {
        Skills = skills;
        Places = places;
        Roles = roles;
        Rates = rates;
    }

    /// <summary>The knowledge embedded in this build.</summary>
    public static KnowledgeBase Default => LazyDefault.Value;

    public SkillTaxonomy Skills { get; }
    public PlaceTable Places { get; }
    public RolePatterns Roles { get; }
    public ExchangeRates Rates { get; }
}
