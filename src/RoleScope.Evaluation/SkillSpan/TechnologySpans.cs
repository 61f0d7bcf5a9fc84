using RoleScope.Core.Knowledge;

namespace RoleScope.Evaluation.SkillSpan;

/// <summary>
/// Decides which SkillSpan knowledge spans name a technology (a tool, language, framework, database, cloud or platform) rather
/// than a field or a general ability ("software development", "banking", "industry trends"). The rule is automatic and
/// deliberately simple; a span is a technology name when one of its tokens
/// <list type="bullet">
/// <item>is written in CamelCase or with an inner capital (TypeScript, iOS, PostgreSQL),</item>
/// <item>is an acronym of two or more capitals (AWS, SQL, JEE),</item>
/// <item>holds a digit or a symbol that product names use (C++, C#, Node.js, CI/CD, HTML5),</item>
/// </list>
/// or when the span, or one of its tokens, is a name or alias of the skill taxonomy in any case ("python", "docker").
/// Plain Title Case is not enough: postings capitalise generic nouns in lists ("Software Development", "Banking").
/// The taxonomy test makes the restricted figure lean towards what the taxonomy knows, so it is reported beside the figure
/// over all knowledge spans, never instead of it.
/// </summary>
public sealed class TechnologySpans
{
    /// <summary>Sentence punctuation that SkillSpan leaves attached to tokens ("Redux;", "AngularJS)").</summary>
    private static readonly char[] Punctuation = [',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D', '.', '*', '\u2022'];

    // Not '-': hyphenated ordinary words ("real-time", "cross-functional") far outnumber hyphenated product names.
    private static readonly char[] ProductSymbols = ['+', '#', '.', '/', '_'];

    private readonly HashSet<string> _forms;

    public TechnologySpans(IEnumerable<string> taxonomyForms)
    {
        _forms = new HashSet<string>(taxonomyForms.Select(f => f.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    public static TechnologySpans FromTaxonomy(SkillTaxonomy taxonomy) => new(taxonomy.Skills.SelectMany(s => s.Forms));

    public bool IsTechnology(IReadOnlyList<string> spanTokens)
    {
        var words = spanTokens.Select(Trim).Where(w => w.Length > 0).ToList();
        if (words.Count == 0)
        {
            return false;
        }
        return _forms.Contains(string.Join(' ', words)) || words.Any(w => _forms.Contains(w) || LooksLikeAName(w));
    }

    /// <summary>The orthographic part of the rule, which needs no taxonomy.</summary>
    public static bool LooksLikeAName(string word)
    {
        var letters = word.Count(char.IsLetter);
        var upper = word.Count(char.IsUpper);
        var acronym = letters >= 2 && upper == letters;
        var innerCapital = false;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                innerCapital = true;
                break;
            }
        }
        var symbolInside = word.AsSpan(0, Math.Max(0, word.Length - 1)).IndexOfAny(ProductSymbols) > 0
            || (word.Length > 1 && (word.EndsWith('+') || word.EndsWith('#')));
        return acronym || innerCapital || word.Any(char.IsDigit) || symbolInside;
    }

    private static string Trim(string token) => token.Trim().TrimStart(Punctuation).TrimEnd(Punctuation);
}
