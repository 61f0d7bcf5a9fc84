namespace RoleScope.Core.Knowledge;

/// <summary>The skill taxonomy (skills.json): canonical names, categories, aliases and context rules for ambiguous names.</summary>
public sealed class SkillTaxonomy
{
    public SkillTaxonomy(KnowledgeAbout about, IReadOnlyList<SkillEntry> skills)
    {
        About = about;
        Skills = skills;
        ByName = skills.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
    }

    public KnowledgeAbout About { get; }
    public IReadOnlyList<SkillEntry> Skills { get; }
    public IReadOnlyDictionary<string, SkillEntry> ByName { get; }

    public static SkillTaxonomy Load() => FromFile(KnowledgeResources.Load<SkillsFile>("skills.json"));

    internal static SkillTaxonomy FromFile(SkillsFile file)
    {
        var skills = file.Skills ?? throw new InvalidDataException("skills.json has no 'skills' list.");
        foreach (var s in skills)
        {
            if (string.IsNullOrWhiteSpace(s.Name) || string.IsNullOrWhiteSpace(s.Category))
            {
                throw new InvalidDataException($"skills.json: an entry lacks a name or category ({s.Name ?? "?"}).");
            }
        }
        return new SkillTaxonomy(file.About ?? new KnowledgeAbout(null, null, null, null, null), skills);
    }

    internal sealed record SkillsFile(KnowledgeAbout? About, IReadOnlyList<SkillEntry>? Skills);
}

public sealed record SkillEntry(string Name, string Category, IReadOnlyList<string>? Aliases, AmbiguityRule? Ambiguous)
{
    public IEnumerable<string> Forms => Aliases is null ? [Name] : [Name, .. Aliases];
}

/// <summary>
/// How a name that is also an ordinary word is accepted: only in the exact case of one of <see cref="Forms"/>, never right after a word
/// of <see cref="VetoBefore"/> or before one of <see cref="VetoAfter"/>, and, when <see cref="NeedsContext"/>, only near another skill
/// or a word of <see cref="ContextWords"/>.
/// </summary>
public sealed record AmbiguityRule(
    IReadOnlyList<string> Forms,
    bool NeedsContext,
    IReadOnlyList<string>? ContextWords,
    IReadOnlyList<string>? VetoBefore,
    IReadOnlyList<string>? VetoAfter);
