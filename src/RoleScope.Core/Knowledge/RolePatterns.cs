using RoleScope.Core.Domain;

namespace RoleScope.Core.Knowledge;

/// <summary>Role title vocabulary (roles.json): role nouns, family phrases in titles and text, seniority words.</summary>
public sealed class RolePatterns
{
    private RolePatterns(RolesFile file)
    {
        About = file.About ?? new KnowledgeAbout(null, null, null, null, null);
        RoleNouns = file.RoleNouns ?? throw new InvalidDataException("roles.json has no 'roleNouns'.");
        TitleStopWords = file.TitleStopWords ?? [];
        NonSoftwareTitles = file.NonSoftwareTitles ?? [];
        ListableFamilyWords = file.ListableFamilyWords ?? [];
        LeadingNoiseWords = file.LeadingNoiseWords ?? [];
        NoiseWordPhrases = file.NoiseWordPhrases ?? [];
        NotLevelPhrases = file.NotLevelPhrases ?? [];
        Families = [.. (file.Families ?? throw new InvalidDataException("roles.json has no 'families'.")).Select(ToFamily)];
        Seniorities = [.. (file.Seniority ?? throw new InvalidDataException("roles.json has no 'seniority'.")).Select(ToSeniority)];
        SkillCategoryFamilies = (file.SkillCategoryFamilies ?? []).ToDictionary(
            kv => kv.Key,
            kv => Vocabulary.TryParseFamily(kv.Value, out var f) ? f : throw new InvalidDataException($"roles.json: unknown family '{kv.Value}' for skill category '{kv.Key}'."),
            StringComparer.OrdinalIgnoreCase);
        SkillFamilies = (file.SkillFamilies ?? []).ToDictionary(
            kv => kv.Key,
            kv => Vocabulary.TryParseFamily(kv.Value, out var f) ? f : throw new InvalidDataException($"roles.json: unknown family '{kv.Value}' for skill '{kv.Key}'."),
            StringComparer.Ordinal);
        HalfVoteCategories = [.. file.HalfVoteCategories ?? []];
        EntryMaxYears = file.ExperienceYears?.EntryMax ?? 2;
        MidMaxYears = file.ExperienceYears?.MidMax ?? 4;
    }

    public KnowledgeAbout About { get; }
    public IReadOnlyList<string> RoleNouns { get; }
    public IReadOnlyList<string> TitleStopWords { get; }
    /// <summary>Title words of roles outside software work ("Marketing", "Support"): such a title's family is not read from its text.</summary>
    public IReadOnlyList<string> NonSoftwareTitles { get; }
    /// <summary>Family words that name a role on their own in a list ("Backend, Full-Stack and SRE").</summary>
    public IReadOnlyList<string> ListableFamilyWords { get; }
    /// <summary>Words dropped from the front of a title found in running text ("talented", "two", "a").</summary>
    public IReadOnlyList<string> LeadingNoiseWords { get; }
    /// <summary>Phrases that start with a noise word but name the work, and stay in the title ("Smart Contract Engineer").</summary>
    public IReadOnlyList<string> NoiseWordPhrases { get; }
    /// <summary>Title phrases that hold a seniority word but name no level ("Member of Technical Staff").</summary>
    public IReadOnlyList<string> NotLevelPhrases { get; }
    /// <summary>In precedence order: the first family whose title phrase occurs in a title wins.</summary>
    public IReadOnlyList<FamilyPatterns> Families { get; }
    public IReadOnlyList<SeniorityPatterns> Seniorities { get; }
    /// <summary>The family each skill category votes for when a generic title's text names no family.</summary>
    public IReadOnlyDictionary<string, RoleFamily> SkillCategoryFamilies { get; }
    /// <summary>Skills whose vote differs from their category's ("Java": backend, though languages vote for no family).</summary>
    public IReadOnlyDictionary<string, RoleFamily> SkillFamilies { get; }
    /// <summary>Skill categories whose skills count half a vote in a generic title's text (clouds: most software postings name one).</summary>
    public IReadOnlyList<string> HalfVoteCategories { get; }
    public int EntryMaxYears { get; }
    public int MidMaxYears { get; }

    public static RolePatterns Load() => new(KnowledgeResources.Load<RolesFile>("roles.json"));

    private static FamilyPatterns ToFamily(FamilyDto dto) =>
        Vocabulary.TryParseFamily(dto.Family, out var family)
            ? new FamilyPatterns(family, dto.Title ?? [], dto.TitleTech ?? [], dto.Text ?? [])
            : throw new InvalidDataException($"roles.json: unknown family '{dto.Family}'.");

    private static SeniorityPatterns ToSeniority(SeniorityDto dto) =>
        Vocabulary.TryParseSeniority(dto.Seniority, out var seniority)
            ? new SeniorityPatterns(seniority, dto.Title ?? [])
            : throw new InvalidDataException($"roles.json: unknown seniority '{dto.Seniority}'.");

    private sealed record RolesFile(
        KnowledgeAbout? About,
        IReadOnlyList<string>? RoleNouns,
        IReadOnlyList<string>? TitleStopWords,
        IReadOnlyList<string>? NonSoftwareTitles,
        IReadOnlyList<string>? ListableFamilyWords,
        IReadOnlyList<string>? LeadingNoiseWords,
        IReadOnlyList<string>? NoiseWordPhrases,
        IReadOnlyList<string>? NotLevelPhrases,
        IReadOnlyList<FamilyDto>? Families,
        IReadOnlyList<SeniorityDto>? Seniority,
        YearsDto? ExperienceYears,
        Dictionary<string, string>? SkillCategoryFamilies,
        Dictionary<string, string>? SkillFamilies,
        IReadOnlyList<string>? HalfVoteCategories);

    private sealed record FamilyDto(string Family, IReadOnlyList<string>? Title, IReadOnlyList<string>? TitleTech, IReadOnlyList<string>? Text);

    private sealed record SeniorityDto(string Seniority, IReadOnlyList<string>? Title);

    private sealed record YearsDto(int EntryMax, int MidMax);
}

/// <summary>
/// Phrases of one family: <see cref="Title"/> names it outright ("Backend Engineer"); <see cref="TitleTech"/> implies it through a
/// technology ("Java Developer") unless the text says the role spans front and back end; <see cref="Text"/> is counted in the body.
/// </summary>
public sealed record FamilyPatterns(RoleFamily Family, IReadOnlyList<string> Title, IReadOnlyList<string> TitleTech, IReadOnlyList<string> Text);

public sealed record SeniorityPatterns(Seniority Seniority, IReadOnlyList<string> Title);
