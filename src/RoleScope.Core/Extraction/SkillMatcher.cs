using System.Collections.Frozen;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Finds taxonomy skills in tokenised text in one pass over a <see cref="PhraseTrie{T}"/> of every name and alias.
/// Ambiguous forms ("Go", "R", "React") are accepted only in their exact case, outside vetoing neighbours and,
/// where the rule asks, near another skill or a context word.
/// </summary>
public sealed class SkillMatcher
{
    /// <summary>How far (in tokens) another skill may be to confirm an ambiguous one: about one list or clause.</summary>
    private const int NeighbourWindow = 8;

    /// <summary>How far (in tokens) a context word may be ("Go developer", "experience in R programming").</summary>
    private const int ContextWindow = 3;

    /// <summary>Symbols that glue an ambiguous form to something else ("go-to-market", "R&amp;D", "C-level", "React's" is fine).</summary>
    private static readonly FrozenSet<char> GlueSymbols = FrozenSet.ToFrozenSet(['-', '&', '@', '=', '_', '$', '%', '\u2011']);

    private readonly PhraseTrie<Form> _trie = new();

    public SkillMatcher(SkillTaxonomy taxonomy)
    {
        foreach (var skill in taxonomy.Skills)
        {
            var rule = skill.Ambiguous is null ? null : new CompiledRule(skill.Ambiguous);
            foreach (var form in skill.Forms.Distinct(StringComparer.Ordinal))
            {
                var isAmbiguous = rule is not null && skill.Ambiguous!.Forms.Contains(form, StringComparer.Ordinal);
                _trie.Add(form, new Form(skill.Name, isAmbiguous ? form : null, isAmbiguous ? rule : null));
            }
        }
    }

    /// <summary>All skill mentions in order of appearance (a skill may appear several times).</summary>
    public List<SkillHit> Match(string text, IReadOnlyList<Token> tokens)
    {
        var hits = new List<SkillHit>();
        Match(text, tokens, hits);
        return hits;
    }

    /// <summary><see cref="Match(string, IReadOnlyList{Token})"/> into <paramref name="hits"/>, emptied first (a list the caller reuses).</summary>
    internal void Match(string text, IReadOnlyList<Token> tokens, List<SkillHit> hits)
    {
        hits.Clear();
        var candidates = t_candidates ??= [];
        candidates.Clear();
        var filter = t_filter ??= new CandidateFilter();
        (filter.Text, filter.Tokens) = (text, tokens);
        _trie.Match(text, tokens, filter.Accept, candidates);
        (filter.Text, filter.Tokens) = ("", []);
        hits.EnsureCapacity(candidates.Count); // at most one hit a candidate: a new list grows once
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Value.Rule is { } rule &&
                (!AcceptInContext(text, tokens, candidates, i, rule) || !AcceptCase(text, c) && !ListedWithSkills(text, tokens, candidates, i)))
            {
                continue;
            }
            hits.Add(new SkillHit(c.Value.Skill, c.Start, c.End));
        }
    }

    /// <summary>
    /// The candidates of the posting being matched on this thread, reused from posting to posting: a new list grew through
    /// three or four arrays a posting, most of the stage's allocation.
    /// </summary>
    [ThreadStatic]
    private static List<PhraseMatch<Form>>? t_candidates;

    /// <summary>The candidate test of the posting being matched on this thread: one delegate for every posting, not a closure each.</summary>
    [ThreadStatic]
    private static CandidateFilter? t_filter;

    private sealed class CandidateFilter
    {
        public CandidateFilter() => Accept = m => (AcceptCase(Text, m) || ListShaped(Text, Tokens, m)) && !Links.Contain(Text, m.Start);

        public string Text { get; set; } = "";

        public IReadOnlyList<Token> Tokens { get; set; } = [];

        public Func<PhraseMatch<Form>, bool> Accept { get; }
    }

    private static bool AcceptCase(string text, PhraseMatch<Form> m) =>
        m.Value.ExactForm is not { } form || text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(form);

    /// <summary>
    /// Whether an ambiguous form written in another case ("react", "rust") ends where a list item does: before a separator or
    /// punctuation ("golang, rust, firecracker", "react/nodejs", "python and ruby."), not before a word ("core data pipelines" is no
    /// Core Data, "solid programming" no SOLID). <see cref="ListedWithSkills"/> then asks for a skill next to it. A form with a
    /// capital inside ("SoC") is never read in another case: "SOC" is another word.
    /// </summary>
    private static bool ListShaped(string text, IReadOnlyList<Token> tokens, PhraseMatch<Form> m)
    {
        if (m.Value.ExactForm is not { } form || HasInnerCapital(form))
        {
            return false;
        }
        var after = m.EndToken;
        return after >= tokens.Count || !tokens[after].IsWord || IsSeparator(text, tokens[after]);
    }

    private static bool HasInnerCapital(string form)
    {
        for (var i = 1; i < form.Length; i++)
        {
            if (char.IsUpper(form[i]) && char.IsLower(form[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A list separator: ",", "/", "&amp;", "+", "|", "and", "or".</summary>
    private static bool IsSeparator(string text, Token token)
    {
        var word = token.Span(text);
        return token.IsWord
            ? word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase)
            : word is "," or "/" or "&" or "+" or "|";
    }

    /// <summary>
    /// True when the candidate at <paramref name="index"/> is an item of a list of technologies: next to an unambiguous skill with
    /// only a separator between ("python, golang, typescript &amp; react", "react/nodejs/graphql", "python and ruby"). There an
    /// ambiguous form in another case ("react", "rust", "ruby") is the technology, not the verb or the word.
    /// </summary>
    private static bool ListedWithSkills(string text, IReadOnlyList<Token> tokens, List<PhraseMatch<Form>> all, int index)
    {
        var m = all[index];
        return index > 0 && all[index - 1] is { Value.Rule: null } before && OnlySeparators(text, tokens, before.EndToken, m.FirstToken) ||
               index + 1 < all.Count && all[index + 1] is { Value.Rule: null } after && OnlySeparators(text, tokens, m.EndToken, after.FirstToken);
    }

    /// <summary>Whether tokens [from, to) are one list separator (<see cref="IsSeparator"/>).</summary>
    private static bool OnlySeparators(string text, IReadOnlyList<Token> tokens, int from, int to) =>
        to - from == 1 && IsSeparator(text, tokens[from]);

    private static bool AcceptInContext(string text, IReadOnlyList<Token> tokens, List<PhraseMatch<Form>> all, int index, CompiledRule rule)
    {
        var m = all[index];
        var first = m.FirstToken;
        var last = m.EndToken - 1;
        if (IsGlued(text, tokens, first - 1, first) || IsGlued(text, tokens, last + 1, last + 1))
        {
            return false;
        }
        if (WordAt(text, tokens, first - 1, -1) is { } before && rule.VetoBefore.Contains(before))
        {
            return false;
        }
        if (WordAt(text, tokens, last + 1, +1) is { } after && rule.VetoAfter.Contains(after))
        {
            return false;
        }
        if (!rule.NeedsContext)
        {
            return true;
        }
        for (var j = 0; j < all.Count; j++)
        {
            var other = all[j];
            if (j != index && other.Value.Rule is null &&
                other.FirstToken <= last + NeighbourWindow && other.EndToken - 1 >= first - NeighbourWindow)
            {
                return true;
            }
        }
        for (var t = Math.Max(0, first - ContextWindow); t <= Math.Min(tokens.Count - 1, last + ContextWindow); t++)
        {
            if (tokens[t].IsWord && (t < first || t > last) &&
                rule.ContextWords.Contains(tokens[t].Span(text)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the symbol at <paramref name="symbolIndex"/> touches the form (no space between) and glues it to a word.</summary>
    private static bool IsGlued(string text, IReadOnlyList<Token> tokens, int symbolIndex, int joinIndex)
    {
        if (symbolIndex < 0 || symbolIndex >= tokens.Count || joinIndex >= tokens.Count || !tokens[joinIndex].Joined)
        {
            return false;
        }
        var token = tokens[symbolIndex];
        return !token.IsWord && token.Length == 1 && GlueSymbols.Contains(text[token.Start]);
    }

    /// <summary>
    /// The nearest word from <paramref name="index"/> in <paramref name="direction"/>, skipping brackets, quotes and dashes but
    /// not clause punctuation (".", ",", ";", ":", "!", "?"); "let's" reads as one word.
    /// </summary>
    private static string? WordAt(string text, IReadOnlyList<Token> tokens, int index, int direction)
    {
        while (index >= 0 && index < tokens.Count && !tokens[index].IsWord)
        {
            if (text[tokens[index].Start] is '.' or ',' or ';' or ':' or '!' or '?' or '\n')
            {
                return null;
            }
            index += direction;
        }
        if (index < 0 || index >= tokens.Count)
        {
            return null;
        }
        var start = tokens[index].Start;
        var end = tokens[index].End;
        if (direction < 0 && index >= 2 && tokens[index].Joined && text[tokens[index - 1].Start] is '\'' or '\u2019' && tokens[index - 1].Joined)
        {
            start = tokens[index - 2].Start;
        }
        return text[start..end].Replace('\u2019', '\'').ToLowerInvariant();
    }

    private sealed record Form(string Skill, string? ExactForm, CompiledRule? Rule);

    private sealed class CompiledRule(AmbiguityRule rule)
    {
        public bool NeedsContext { get; } = rule.NeedsContext;
        public WordSet ContextWords { get; } = new(rule.ContextWords ?? []);
        public FrozenSet<string> VetoBefore { get; } = (rule.VetoBefore ?? []).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        public FrozenSet<string> VetoAfter { get; } = (rule.VetoAfter ?? []).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }
}

/// <summary>One mention of a canonical skill at [Start, End) of the normalised text.</summary>
public readonly record struct SkillHit(string Skill, int Start, int End);
