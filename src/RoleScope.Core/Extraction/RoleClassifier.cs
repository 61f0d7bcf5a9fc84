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
    /// <summary>A family phrase in the body counts as much as this many skills of that family's kind.</summary>
    private const int PhraseWeight = 2;

    /// <summary>Least evidence for a generic title's family: one family phrase, or two skills of one kind.</summary>
    private const int MinTextScore = 2;

    private readonly PhraseTrie<TitleCue> _titleFamilies = new();
    private readonly PhraseTrie<RoleFamily> _textFamilies = new();
    private readonly PhraseTrie<Seniority> _seniority = new();
    private readonly IReadOnlyDictionary<string, RoleFamily> _skillFamilies;

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
        var skillFamilies = new Dictionary<string, RoleFamily>(StringComparer.Ordinal);
        foreach (var skill in taxonomy.Skills)
        {
            if (patterns.SkillCategoryFamilies.TryGetValue(skill.Category, out var f))
            {
                skillFamilies[skill.Name] = f;
            }
        }
        _skillFamilies = skillFamilies;
    }

    /// <summary>
    /// Family from the title alone. <c>Weak</c> when only a technology implies it ("Java Developer"); <see cref="RoleFamily.Other"/>
    /// with no cue when the title is generic.
    /// </summary>
    public (RoleFamily Family, Cue? Cue, bool Weak) TitleFamily(string text, IReadOnlyList<Token> titleTokens)
    {
        var matches = new List<PhraseMatch<TitleCue>>();
        _titleFamilies.Match(text, titleTokens, static _ => true, matches);
        PhraseMatch<TitleCue>? best = null;
        foreach (var m in matches)
        {
            if (m.Value.Family == RoleFamily.Other)
            {
                continue;
            }
            // Outright family words beat technologies; among words the family order decides; among technologies the first written.
            if (best is not { } b || (b.Value.Weak && !m.Value.Weak) || (!b.Value.Weak && !m.Value.Weak && m.Value.Rank < b.Value.Rank))
            {
                best = m;
            }
        }
        return best is { } x ? (x.Value.Family, new Cue(x.Start, x.End), x.Value.Weak) : (RoleFamily.Other, null, false);
    }

    /// <summary>
    /// The family the body points to: family phrases (weighted) plus the kinds of skills it names. Backend and frontend both
    /// well supported mean a role spanning both (full-stack); too little evidence means <see cref="RoleFamily.Other"/>.
    /// </summary>
    public (RoleFamily Family, Cue? Cue) TextFamily(string text, IReadOnlyList<Token> bodyTokens, IReadOnlyList<SkillHit> skills)
    {
        var scores = new Dictionary<RoleFamily, int>();
        var cues = new Dictionary<RoleFamily, Cue>();
        var phrases = new List<PhraseMatch<RoleFamily>>();
        _textFamilies.Match(text, bodyTokens, static _ => true, phrases);
        foreach (var m in phrases)
        {
            scores[m.Value] = scores.GetValueOrDefault(m.Value) + PhraseWeight;
            cues.TryAdd(m.Value, new Cue(m.Start, m.End));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in skills)
        {
            if (seen.Add(hit.Skill) && _skillFamilies.TryGetValue(hit.Skill, out var f))
            {
                scores[f] = scores.GetValueOrDefault(f) + 1;
                cues.TryAdd(f, new Cue(hit.Start, hit.End));
            }
        }
        if (scores.Count == 0)
        {
            return (RoleFamily.Other, null);
        }
        var ranked = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).ToList();
        var (top, topScore) = (ranked[0].Key, ranked[0].Value);
        if (topScore < MinTextScore)
        {
            return (RoleFamily.Other, null);
        }
        var backend = scores.GetValueOrDefault(RoleFamily.Backend);
        var frontend = scores.GetValueOrDefault(RoleFamily.Frontend);
        if (top is RoleFamily.Backend or RoleFamily.Frontend && backend >= MinTextScore && frontend >= MinTextScore &&
            Math.Min(backend, frontend) * 2 >= Math.Max(backend, frontend))
        {
            return (RoleFamily.Fullstack, cues.GetValueOrDefault(top));
        }
        if (ranked.Count > 1 && ranked[1].Value == topScore && top != RoleFamily.Fullstack)
        {
            return (RoleFamily.Other, null);
        }
        return (top, cues[top]);
    }

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
    public bool SaysFullstack(string text, IReadOnlyList<Token> bodyTokens)
    {
        var phrases = new List<PhraseMatch<RoleFamily>>();
        _textFamilies.Match(text, bodyTokens, static _ => true, phrases);
        return phrases.Any(p => p.Value == RoleFamily.Fullstack);
    }

    /// <summary>
    /// Seniority from title words: the first seniority word in the title, or, when the title offers levels as alternatives
    /// ("Mid/Senior", "Senior / Lead", "Mid to Senior"), the lowest of them: the role is open from that level. Stacked words
    /// ("Senior Principal", "Senior Director") are not alternatives; the first one decides, as before.
    /// </summary>
    public (Seniority Seniority, Cue? Cue) TitleSeniority(string text, IReadOnlyList<Token> titleTokens)
    {
        var matches = new List<PhraseMatch<Seniority>>();
        _seniority.Match(text, titleTokens, static _ => true, matches);
        if (matches.Count == 0)
        {
            return (Seniority.Unknown, null);
        }
        var chosen = matches[0];
        for (var i = 1; i < matches.Count && LevelAlternatives.Separate(text.AsSpan(matches[i - 1].End, matches[i].Start - matches[i - 1].End)); i++)
        {
            if (matches[i].Value < chosen.Value)
            {
                chosen = matches[i];
            }
        }
        return (chosen.Value, new Cue(chosen.Start, chosen.End));
    }

    private sealed record TitleCue(RoleFamily Family, int Rank, bool Weak);
}
