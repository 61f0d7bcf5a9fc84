using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Family and seniority of one title: family phrases in precedence order ("Engineering Manager, Backend" is management),
/// seniority words ("Sr.", "Staff", "Engineer II"). A generic title ("Software Engineer") is classified by what the text says.
/// </summary>
public sealed class RoleClassifier
{
    private readonly PhraseTrie<(RoleFamily Family, int Rank)> _titleFamilies = new();
    private readonly PhraseTrie<RoleFamily> _textFamilies = new();
    private readonly PhraseTrie<Seniority> _seniority = new();

    public RoleClassifier(RolePatterns patterns)
    {
        for (var rank = 0; rank < patterns.Families.Count; rank++)
        {
            var family = patterns.Families[rank];
            foreach (var phrase in family.Title)
            {
                _titleFamilies.Add(phrase, (family.Family, rank));
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
    }

    /// <summary>Family from the title alone; <see cref="RoleFamily.Other"/> with no cue when the title is generic.</summary>
    public (RoleFamily Family, Cue? Cue) TitleFamily(string text, IReadOnlyList<Token> titleTokens)
    {
        var matches = new List<PhraseMatch<(RoleFamily Family, int Rank)>>();
        _titleFamilies.Match(text, titleTokens, static _ => true, matches);
        PhraseMatch<(RoleFamily Family, int Rank)>? best = null;
        foreach (var m in matches)
        {
            if (m.Value.Family != RoleFamily.Other && (best is null || m.Value.Rank < best.Value.Value.Rank))
            {
                best = m;
            }
        }
        return best is { } b ? (b.Value.Family, new Cue(b.Start, b.End)) : (RoleFamily.Other, null);
    }

    /// <summary>
    /// The family the body's words point to: the most mentioned family phrase; backend and frontend equally mentioned
    /// mean a role spanning both (full-stack); nothing mentioned means <see cref="RoleFamily.Other"/>.
    /// </summary>
    public (RoleFamily Family, Cue? Cue) TextFamily(string text, IReadOnlyList<Token> bodyTokens)
    {
        var matches = new List<PhraseMatch<RoleFamily>>();
        _textFamilies.Match(text, bodyTokens, static _ => true, matches);
        if (matches.Count == 0)
        {
            return (RoleFamily.Other, null);
        }
        var counts = new Dictionary<RoleFamily, int>();
        foreach (var m in matches)
        {
            counts[m.Value] = counts.GetValueOrDefault(m.Value) + 1;
        }
        var ranked = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).ToList();
        var top = ranked[0];
        RoleFamily family;
        if (ranked.Count > 1 && ranked[1].Value == top.Value)
        {
            var tied = ranked.Where(kv => kv.Value == top.Value).Select(kv => kv.Key).ToHashSet();
            if (tied.Contains(RoleFamily.Fullstack) || (tied.Contains(RoleFamily.Backend) && tied.Contains(RoleFamily.Frontend)))
            {
                family = RoleFamily.Fullstack;
            }
            else
            {
                return (RoleFamily.Other, null);
            }
        }
        else
        {
            family = top.Key;
        }
        var cue = matches.First(m => m.Value == family || (family == RoleFamily.Fullstack && m.Value is RoleFamily.Backend or RoleFamily.Frontend));
        return (family, new Cue(cue.Start, cue.End));
    }

    /// <summary>Seniority from title words: the first seniority word in the title.</summary>
    public (Seniority Seniority, Cue? Cue) TitleSeniority(string text, IReadOnlyList<Token> titleTokens)
    {
        var matches = new List<PhraseMatch<Seniority>>();
        _seniority.Match(text, titleTokens, static _ => true, matches);
        return matches.Count > 0 ? (matches[0].Value, new Cue(matches[0].Start, matches[0].End)) : (Seniority.Unknown, null);
    }
}
