using System.Runtime.InteropServices;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Family and seniority of one title: family phrases in precedence order ("Engineering Manager, Backend" is management),
/// seniority words ("Sr.", "Staff", "Engineer II"). A generic title ("Software Engineer") is classified by what the text says:
/// family phrases in the body, then the kinds of skills it names.
/// </summary>
public sealed class RoleClassifier
{
    /// <summary>A skill's vote for its kind's family; skills of a half-vote category (clouds) count 1.</summary>
    private const int SkillWeight = 2;

    /// <summary>A family phrase in the body counts as much as this many skills of that family's kind.</summary>
    private const int PhraseWeight = 2 * SkillWeight;

    /// <summary>Least evidence for a generic title's family: one family phrase, or two skills of one kind.</summary>
    private const int MinTextScore = 2 * SkillWeight;

    private readonly PhraseTrie<TitleCue> _titleFamilies = new();
    private readonly PhraseTrie<RoleFamily> _textFamilies = new();
    private readonly PhraseTrie<Seniority> _seniority = new();
    private readonly PhraseTrie<bool> _nonSoftware = new();
    private readonly IReadOnlyDictionary<string, RoleFamily> _skillFamilies;
    private readonly IReadOnlyDictionary<string, int> _skillWeights;

    public RoleClassifier(RolePatterns patterns, SkillTaxonomy taxonomy)
    {
        for (var rank = 0; rank < patterns.Families.Count; rank++)
        {
            var family = patterns.Families[rank];
            foreach (var phrase in family.Title)
            {
                _titleFamilies.Add(phrase, new TitleCue(family.Family, rank, Weak: false));
            }
            foreach (var phrase in family.TitleTech)
            {
                _titleFamilies.Add(phrase, new TitleCue(family.Family, rank, Weak: true));
            }
            foreach (var phrase in family.Text)
            {
                _textFamilies.Add(phrase, family.Family);
            }
        }
        foreach (var level in patterns.Seniorities)
        {
            foreach (var phrase in level.Title)
            {
                _seniority.Add(phrase, level.Seniority);
            }
        }
        // Matched as "no level", so that the level word inside them is not matched on its own.
        foreach (var phrase in patterns.NotLevelPhrases)
        {
            _seniority.Add(phrase, Seniority.Unknown);
        }
        foreach (var phrase in patterns.NonSoftwareTitles)
        {
            _nonSoftware.Add(phrase, true);
        }
        var skillFamilies = new Dictionary<string, RoleFamily>(StringComparer.Ordinal);
        var skillWeights = new Dictionary<string, int>(StringComparer.Ordinal);
        var halfVote = new HashSet<string>(patterns.HalfVoteCategories, StringComparer.OrdinalIgnoreCase);
        foreach (var skill in taxonomy.Skills)
        {
            if (patterns.SkillFamilies.TryGetValue(skill.Name, out var f) || patterns.SkillCategoryFamilies.TryGetValue(skill.Category, out f))
            {
                skillFamilies[skill.Name] = f;
                skillWeights[skill.Name] = halfVote.Contains(skill.Category) ? SkillWeight / 2 : SkillWeight;
            }
        }
        _skillFamilies = skillFamilies;
        _skillWeights = skillWeights;
    }

    /// <summary>
    /// Family from the title alone. <c>Weak</c> when only a technology implies it ("Java Developer"); <see cref="RoleFamily.Other"/>
    /// with no cue when the title is generic.
    /// </summary>
    public (RoleFamily Family, Cue? Cue, bool Weak) TitleFamily(string text, IReadOnlyList<Token> titleTokens)
    {
        var matches = Emptied(ref t_titleCues);
        _titleFamilies.Match(text, titleTokens, static _ => true, matches);
        PhraseMatch<TitleCue>? best = null;
        var backendTechnology = false;
        var frontendTechnology = false;
        foreach (var m in matches)
        {
            if (m.Value.Family == RoleFamily.Other)
            {
                continue;
            }
            backendTechnology |= m.Value.Weak && m.Value.Family == RoleFamily.Backend;
            frontendTechnology |= m.Value.Weak && m.Value.Family == RoleFamily.Frontend;
            // Outright family words beat technologies; among words the family order decides; among technologies the first written.
            if (best is not { } b || (b.Value.Weak && !m.Value.Weak) || (!b.Value.Weak && !m.Value.Weak && m.Value.Rank < b.Value.Rank))
            {
                best = m;
            }
        }
        if (best is { Value.Weak: true } both && backendTechnology && frontendTechnology)
        {
            // "React/Node Developer", "Django + React Developer": a title naming a technology of each side is a full-stack role.
            return (RoleFamily.Fullstack, new Cue(both.Start, both.End), false);
        }
        return best is { } x ? (x.Value.Family, new Cue(x.Start, x.End), x.Value.Weak) : (RoleFamily.Other, null, false);
    }

    /// <summary>
    /// True when the title names work outside software ("Marketing Director", "Support Engineer"): with no family phrase, such a
    /// title is <see cref="RoleFamily.Other"/>, not the family its posting's text or skills point to.
    /// </summary>
    public bool IsNonSoftware(string title, IReadOnlyList<Token> titleTokens)
    {
        var matches = Emptied(ref t_nonSoftware);
        _nonSoftware.Match(title, titleTokens, static _ => true, matches);
        return matches.Count > 0;
    }

    /// <summary>
    /// The family the body points to: family phrases (weighted) plus the kinds of skills it names. Backend and frontend both
    /// well supported mean a role spanning both (full-stack); too little evidence means <see cref="RoleFamily.Other"/>.
    /// </summary>
    public (RoleFamily Family, Cue? Cue) TextFamily(string text, IReadOnlyList<Token> bodyTokens, IReadOnlyList<SkillHit> skills) =>
        TextFamily(BodyPhrases(text, bodyTokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. bodyTokens]), skills);

    /// <summary>The family phrases of a posting's body, found once and read by <see cref="TextFamily(List{PhraseMatch{RoleFamily}}, IReadOnlyList{SkillHit})"/> and <see cref="SaysFullstack(List{PhraseMatch{RoleFamily}})"/>.</summary>
    public List<PhraseMatch<RoleFamily>> BodyPhrases(string text, ReadOnlySpan<Token> bodyTokens)
    {
        var phrases = new List<PhraseMatch<RoleFamily>>();
        _textFamilies.Match(text, bodyTokens, static _ => true, phrases);
        return phrases;
    }

    /// <inheritdoc cref="TextFamily(string, IReadOnlyList{Token}, IReadOnlyList{SkillHit})"/>
    public (RoleFamily Family, Cue? Cue) TextFamily(List<PhraseMatch<RoleFamily>> phrases, IReadOnlyList<SkillHit> skills)
    {
        // Indexed by family: a handful of families, so arrays on the stack rather than dictionaries.
        Span<int> scores = stackalloc int[FamilyCount];
        Span<Cue?> cues = stackalloc Cue?[FamilyCount];
        foreach (var m in phrases)
        {
            scores[(int)m.Value] += PhraseWeight;
            cues[(int)m.Value] ??= new Cue(m.Start, m.End);
        }
        HashSet<string>? seen = null;
        foreach (var hit in skills)
        {
            if (!InsidePhrase(phrases, hit) && (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(hit.Skill) && _skillFamilies.TryGetValue(hit.Skill, out var f))
            {
                scores[(int)f] += _skillWeights[hit.Skill];
                cues[(int)f] ??= new Cue(hit.Start, hit.End);
            }
        }
        // The highest score, ties to the family listed first; and whether another family has it too.
        var top = -1;
        var tied = false;
        for (var f = 0; f < FamilyCount; f++)
        {
            if (scores[f] == 0)
            {
                continue;
            }
            if (top < 0 || scores[f] > scores[top])
            {
                top = f;
                tied = false;
            }
            else if (scores[f] == scores[top])
            {
                tied = true;
            }
        }
        if (top < 0)
        {
            return (RoleFamily.Other, null);
        }
        var topScore = scores[top];
        if (topScore < MinTextScore)
        {
            return (RoleFamily.Other, null);
        }
        var topFamily = (RoleFamily)top;
        var backend = scores[(int)RoleFamily.Backend];
        var frontend = scores[(int)RoleFamily.Frontend];
        if (topFamily is RoleFamily.Backend or RoleFamily.Frontend && backend >= MinTextScore && frontend >= MinTextScore &&
            Math.Min(backend, frontend) * 2 >= Math.Max(backend, frontend))
        {
            return (RoleFamily.Fullstack, cues[top]);
        }
        if (tied && topFamily != RoleFamily.Fullstack)
        {
            return (RoleFamily.Other, null);
        }
        return (topFamily, cues[top]);
    }

    /// <summary>Whether a family phrase covers the skill's words ("LLMs", "React", "Terraform"): one mention is one vote.</summary>
    private static bool InsidePhrase(List<PhraseMatch<RoleFamily>> phrases, SkillHit hit)
    {
        foreach (var m in phrases)
        {
            if (m.Start <= hit.Start && hit.End <= m.End)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly int FamilyCount = Enum.GetValues<RoleFamily>().Max(f => (int)f) + 1;

    /// <summary>The family of the first skill in a title whose kind names one ("Drupal Developer", "ServiceNow Developer").</summary>
    public (RoleFamily Family, Cue? Cue) TitleSkillFamily(IEnumerable<SkillHit> titleSkills)
    {
        foreach (var hit in titleSkills)
        {
            if (_skillFamilies.TryGetValue(hit.Skill, out var f))
            {
                return (f, new Cue(hit.Start, hit.End));
            }
        }
        return (RoleFamily.Other, null);
    }

    /// <summary>
    /// True when the body says outright that a technology-titled role ("Java Developer") spans front and back end.
    /// Skills alone do not decide it: on employer-labelled postings, counting the other side's skills made more errors than it fixed.
    /// </summary>
    public bool SaysFullstack(string text, IReadOnlyList<Token> bodyTokens) =>
        SaysFullstack(BodyPhrases(text, bodyTokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. bodyTokens]));

    /// <inheritdoc cref="SaysFullstack(string, IReadOnlyList{Token})"/>
    public static bool SaysFullstack(List<PhraseMatch<RoleFamily>> bodyPhrases)
    {
        foreach (var p in bodyPhrases)
        {
            if (p.Value == RoleFamily.Fullstack)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Seniority from title words: the first seniority word in the title, or, when the title offers levels as alternatives
    /// ("Mid/Senior", "Senior / Lead", "Mid to Senior"), the lowest of them: the role is open from that level. Stacked words
    /// ("Senior Principal", "Senior Director") are not alternatives; the first one decides, as before.
    /// </summary>
    public (Seniority Seniority, Cue? Cue) TitleSeniority(string text, IReadOnlyList<Token> titleTokens) => TitleSeniority(text, titleTokens, out _);

    /// <inheritdoc cref="TitleSeniority(string, IReadOnlyList{Token})"/>
    /// <param name="leadingLevelsEnd">
    /// Where the level words the title starts with end, or -1 when it starts with none: past alternatives and stacked words
    /// ("Mid/Sr", "junior/mid-level", "Mid to Senior", "Senior Principal") and a "level" after them ("Senior-level", "staff level").
    /// What is left is the role the levels qualify ("Frontend Engineer").
    /// </param>
    public (Seniority Seniority, Cue? Cue) TitleSeniority(string text, IReadOnlyList<Token> titleTokens, out int leadingLevelsEnd)
    {
        var matches = Emptied(ref t_seniorities);
        _seniority.Match(text, titleTokens, static _ => true, matches);
        matches.RemoveAll(static m => m.Value == Seniority.Unknown);
        leadingLevelsEnd = LeadingLevelsEnd(text, matches);
        if (matches.Count == 0)
        {
            return (Seniority.Unknown, null);
        }
        var chosen = matches[0];
        var i = 1;
        for (; i < matches.Count && LevelAlternatives.Separate(text.AsSpan(matches[i - 1].End, matches[i].Start - matches[i - 1].End)); i++)
        {
            if (matches[i].Value < chosen.Value)
            {
                chosen = matches[i];
            }
        }
        // "Senior Director", "Sr. Principal Engineer": a senior or staff word qualifies the principal-level word after it.
        for (; i < matches.Count && chosen.Value is Seniority.Senior or Seniority.Staff; i++)
        {
            if (matches[i].Value == Seniority.Principal)
            {
                chosen = matches[i];
            }
        }
        return (chosen.Value, new Cue(chosen.Start, chosen.End));
    }

    private static int LeadingLevelsEnd(string title, List<PhraseMatch<Seniority>> matches)
    {
        if (matches.Count == 0 || !title.AsSpan(0, matches[0].Start).IsWhiteSpace())
        {
            return -1;
        }
        var end = matches[0].End;
        for (var i = 1; i < matches.Count; i++)
        {
            var between = title.AsSpan(end, matches[i].Start - end);
            if (!between.IsWhiteSpace() && !LevelAlternatives.Separate(between))
            {
                break;
            }
            end = matches[i].End;
        }
        var rest = title.AsSpan(end);
        var word = rest.TrimStart(" -\u2011");
        if (word.StartsWith("level", StringComparison.OrdinalIgnoreCase) && (word.Length == 5 || !char.IsLetterOrDigit(word[5])))
        {
            end += rest.Length - word.Length + 5;
        }
        return end;
    }

    private sealed record TitleCue(RoleFamily Family, int Rank, bool Weak);

    // The matches of a title, read before the method that found them returns: lists of the calling thread, reused from title to
    // title rather than allocated for each (three a title, in every posting).
    [ThreadStatic]
    private static List<PhraseMatch<TitleCue>>? t_titleCues;

    [ThreadStatic]
    private static List<PhraseMatch<bool>>? t_nonSoftware;

    [ThreadStatic]
    private static List<PhraseMatch<Seniority>>? t_seniorities;

    private static List<T> Emptied<T>(ref List<T>? list)
    {
        list ??= [];
        list.Clear();
        return list;
    }
}
