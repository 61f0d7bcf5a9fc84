using System.Globalization;
using System.Runtime.InteropServices;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Turns a <see cref="RawPosting"/> into an <see cref="ExtractedPosting"/> (extraction.md). Built once from the knowledge
/// files, then immutable: one instance is shared by every thread.
/// </summary>
public sealed class ExtractionPipeline
{
    /// <summary>Stored beside every extraction; bump it when the output for the same input changes.</summary>
    public const string Version = "0.3.11";

    private readonly SkillMatcher _skills;
    private readonly SalaryParser _salaries;
    private readonly CountryDetector _countries;
    private readonly RoleFinder _roles;
    private readonly RoleClassifier _classifier;
    private readonly ExperienceYears _years;

    public ExtractionPipeline(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        _skills = new SkillMatcher(knowledge.Skills);
        _salaries = new SalaryParser(knowledge.Rates);
        _countries = new CountryDetector(knowledge.Places);
        _roles = new RoleFinder(knowledge.Roles);
        _classifier = new RoleClassifier(knowledge.Roles, knowledge.Skills);
        _years = new ExperienceYears(knowledge.Roles);
    }

    private static readonly Lazy<ExtractionPipeline> LazyDefault = new(() => new ExtractionPipeline(KnowledgeBase.Default));

    /// <summary>The pipeline over the knowledge embedded in this build.</summary>
    public static ExtractionPipeline Default => LazyDefault.Value;

    public KnowledgeBase Knowledge { get; }

    public ExtractedPosting Extract(RawPosting raw) => Extract(raw, out _);

    public ExtractedPosting Extract(RawPosting raw, out PostingText normalised)
    {
        var posting = PostingText.From(raw);
        normalised = posting;
        var text = posting.Text;
        var tokens = ThreadTokens();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        var evidence = new List<Evidence>(32);

        var companyMention = raw.Company is null ? _roles.Company(posting) : null;
        var skillHits = _skills.Match(text, tokens);
        if (companyMention is { } named)
        {
            // "Glasswing Security | Backend Engineer": a company's name is not a skill it asks for.
            skillHits.RemoveAll(h => h.Start >= named.Start && h.End <= named.End);
        }
        var skillNames = new List<string>();
        var seenSkills = ThreadSkillSet();
        foreach (var hit in skillHits)
        {
            if (seenSkills.Add(hit.Skill))
            {
                skillNames.Add(hit.Skill);
                evidence.Add(new Evidence("skills", hit.Skill, hit.Start, hit.End));
            }
        }
        skillNames.Sort(StringComparer.Ordinal);

        var (mode, modeStart, modeEnd) = WorkModeDetector.Detect(text);
        if (mode != WorkMode.Unknown)
        {
            evidence.Add(new Evidence("work_mode", mode.Name(), modeStart, modeEnd));
        }

        // A posting names a handful of countries: a list searched in order beats a sorted set.
        var countries = new List<string>();
        foreach (var (code, start, end) in _countries.Detect(posting, tokens))
        {
            if (InsideSkill(skillHits, start, end))
            {
                continue; // "MS SQL": a state's code inside a skill's name is no place
            }
            if (!countries.Contains(code))
            {
                countries.Add(code);
                evidence.Add(new Evidence("countries", code, start, end));
            }
        }
        countries.Sort(StringComparer.Ordinal);

        var salaries = new List<SalaryRange>();
        foreach (var parsed in _salaries.Parse(text, Knowledge.Rates.CurrencyOf(countries), posting.Header))
        {
            if (!salaries.Contains(parsed.Range))
            {
                salaries.Add(parsed.Range);
                evidence.Add(new Evidence("salaries", Describe(parsed.Range), parsed.Start, parsed.End));
            }
        }

        var roles = ClassifyRoles(posting, tokens, skillHits, evidence);

        var company = raw.Company;
        if (company is null && companyMention is { } found)
        {
            company = found.Company;
            evidence.Add(new Evidence("company", found.Company, found.Start, found.End));
        }

        if (tokens.Capacity > MaxRetainedTokens)
        {
            t_tokens = null; // one huge posting should not pin its token list to the thread
        }
        return new ExtractedPosting
        {
            Id = raw.Id,
            Title = raw.Title ?? (roles.Count > 0 ? roles[0].Title : null),
            Company = company,
            Roles = roles,
            WorkMode = mode,
            Countries = countries,
            Salaries = salaries,
            Skills = skillNames,
            Evidence = evidence,
        };
    }

    private static bool InsideSkill(List<SkillHit> hits, int start, int end)
    {
        foreach (var hit in hits)
        {
            if (hit.Start <= start && end <= hit.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Token lists up to this size stay with their thread for the next posting (about 100 KB).</summary>
    private const int MaxRetainedTokens = 8192;

    /// <summary>The tokens of the posting being extracted on this thread: reused, since no token outlives <see cref="Extract(RawPosting, out PostingText)"/>.</summary>
    [ThreadStatic]
    private static List<Token>? t_tokens;

    private static List<Token> ThreadTokens()
    {
        var tokens = t_tokens ??= new List<Token>(1024);
        tokens.Clear();
        return tokens;
    }

    /// <summary>The skills already seen in the posting being extracted on this thread.</summary>
    [ThreadStatic]
    private static HashSet<string>? t_skills;

    private static HashSet<string> ThreadSkillSet()
    {
        var skills = t_skills ??= new HashSet<string>(StringComparer.Ordinal);
        skills.Clear();
        return skills;
    }

    private List<ExtractedRole> ClassifyRoles(PostingText posting, List<Token> tokens, List<SkillHit> skillHits, List<Evidence> evidence)
    {
        var text = posting.Text;
        var titles = _roles.Find(posting);
        // The body's family phrases (its tokens are a suffix: tokens are in text order), found only for the titles that need them.
        List<PhraseMatch<RoleFamily>>? bodyPhrases = null;
        List<PhraseMatch<RoleFamily>> BodyPhrases() =>
            bodyPhrases ??= _classifier.BodyPhrases(text, CollectionsMarshal.AsSpan(tokens)[FirstAtOrAfter(tokens, posting.Header.End)..]);
        (RoleFamily Family, Cue? Cue)? textFamily = null;
        List<SkillHit>? bodySkills = null;
        var years = titles.Count == 1 ? _years.Detect(text) : (Seniority.Unknown, null);
        var found = new List<FoundRole>(titles.Count);
        var seen = new HashSet<(string, RoleFamily, Seniority)>();
        foreach (var title in titles)
        {
            // Classify the title as built ("Senior" + "Software Engineer"), then point evidence at where it was written.
            using var titleScratch = TokenScratch.Tokenize(title.Title, 0, title.Title.Length);
            var titleTokens = titleScratch.Tokens;
            var (titleFamily, titleCue, weak) = _classifier.TitleFamily(title.Title, titleTokens);
            var family = Located((titleFamily, titleCue), title, text);
            // "Marketing Director": a role outside software keeps family other, whatever the posting's text is about.
            var outsideSoftware = family.Value == RoleFamily.Other && _classifier.IsNonSoftware(title.Title, titleTokens);
            var titleLevel = _classifier.TitleSeniority(title.Title, titleTokens);
            var seniority = Located(titleLevel, title, text);
            // "Software Engineer (Backend)", "Backend Engineer (Senior)": the title's bracket, left out of the title, qualifies it.
            var needsFamily = family.Value == RoleFamily.Other && !outsideSoftware;
            var qualifier = needsFamily || seniority.Value == Seniority.Unknown ? Qualifier(title, text) : null;
            if (qualifier is { } q)
            {
                if (needsFamily && q.Family != RoleFamily.Other)
                {
                    (family, weak) = ((q.Family, q.Bracket), q.Weak);
                }
                if (seniority.Value == Seniority.Unknown && q.Seniority != Seniority.Unknown)
                {
                    seniority = (q.Seniority, q.Bracket);
                }
            }
            if (family.Value == RoleFamily.Other && !outsideSoftware)
            {
                var end = qualifier?.Bracket.End ?? title.End;
                family = _classifier.TitleSkillFamily(skillHits.Where(h => h.Start >= title.Start && h.End <= end));
            }
            if (family.Value == RoleFamily.Other && !outsideSoftware)
            {
                textFamily ??= _classifier.TextFamily(BodyPhrases(), bodySkills ??= [.. skillHits.Where(h => h.Start >= posting.Header.End)]);
                family = textFamily.Value;
            }
            else if (weak && family.Value is RoleFamily.Backend or RoleFamily.Frontend && RoleClassifier.SaysFullstack(BodyPhrases()))
            {
                // "Java Developer" whose text says the work spans front and back end.
                family = (RoleFamily.Fullstack, family.Cue);
            }
            if (seniority.Value == Seniority.Unknown)
            {
                seniority = years;
            }
            if (title.FromBody && found.Count > 0 &&
                ((family.Value == RoleFamily.Other && !outsideSoftware) ||
                 found.Any(r => r.Role.Family == family.Value && (seniority.Value == Seniority.Unknown || r.Role.Seniority == seniority.Value))))
            {
                // Running text mostly repeats the header's roles ("we're looking for a senior engineer"): only a new kind of role counts,
                // and a generic one ("developers") is never new; a role outside software ("Sales Manager") is.
                continue;
            }
            if (!seen.Add((title.Title.ToUpperInvariant(), family.Value, seniority.Value)))
            {
                continue;
            }
            var evidenceStart = evidence.Count;
            evidence.Add(new Evidence("roles", title.Title, title.Start, title.End));
            if (family.Cue is { } fc)
            {
                evidence.Add(new Evidence("family", family.Value.Name(), fc.Start, fc.End));
            }
            if (seniority.Cue is { } sc)
            {
                evidence.Add(new Evidence("seniority", seniority.Value.Name(), sc.Start, sc.End));
            }
            var levelEnd = titleLevel.Cue is { } lc && title.Title.AsSpan(0, lc.Start).IsWhiteSpace() ? lc.End : -1;
            found.Add(new FoundRole(new ExtractedRole(title.Title, family.Value, seniority.Value), evidenceStart, evidence.Count - evidenceStart,
                title.FromBody, levelEnd));
        }
        var roles = new List<ExtractedRole>(found.Count);
        foreach (var role in found)
        {
            roles.Add(role.Role);
        }
        // From the last, so that the evidence of the roles before keeps its place.
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (LevelledInText(found, found[i]))
            {
                roles.RemoveAt(i);
                evidence.RemoveRange(found[i].EvidenceStart, found[i].EvidenceCount);
            }
        }
        return roles;
    }

    /// <summary>
    /// "Data Engineer" in the header and "looking for a Senior Data Engineer" in the text: one role, whose level the text says, so
    /// the header's is dropped. Two lines of one list ("- iOS Engineer", "- Junior iOS Engineer") are two openings.
    /// </summary>
    private static bool LevelledInText(List<FoundRole> found, FoundRole role)
    {
        if (role.Role.Seniority != Seniority.Unknown || role.FromBody)
        {
            return false;
        }
        string? key = null;
        foreach (var other in found)
        {
            if (other.FromBody && other.LevelEnd >= 0 && other.Role.Family == role.Role.Family &&
                string.Equals(RoleFinder.DistinctKey(other.Role.Title[other.LevelEnd..].Trim()), key ??= RoleFinder.DistinctKey(role.Role.Title),
                    StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A classified role, before header roles that the text names more precisely are dropped: where its evidence is in the posting's
    /// list, and where the seniority word its title starts with ends ("Senior| Data Engineer"), or -1.
    /// </summary>
    private readonly record struct FoundRole(ExtractedRole Role, int EvidenceStart, int EvidenceCount, bool FromBody, int LevelEnd);

    /// <summary>
    /// The family and seniority that a bracket right after a title names, read with the title's noun ("(Platform)" as "Platform
    /// Engineer", "(Senior)" as "Senior Engineer"), with the bracket as their evidence; null when no bracket follows.
    /// </summary>
    private TitleQualifier? Qualifier(TitleSpan title, string text)
    {
        if (RoleFinder.BracketAfter(text, title.End) is not { } bracket)
        {
            return null;
        }
        var qualified = $"{text.AsSpan(bracket.Start, bracket.End - bracket.Start)} {LastWord(title.Title)}";
        using var scratch = TokenScratch.Tokenize(qualified, 0, qualified.Length);
        var (family, _, weak) = _classifier.TitleFamily(qualified, scratch.Tokens);
        return new TitleQualifier(family, weak, _classifier.TitleSeniority(qualified, scratch.Tokens).Seniority, bracket);
    }

    private readonly record struct TitleQualifier(RoleFamily Family, bool Weak, Seniority Seniority, Cue Bracket);

    /// <summary>The last word of a title: its role noun ("Engineer").</summary>
    private static ReadOnlySpan<char> LastWord(string title)
    {
        var trimmed = title.AsSpan().TrimEnd();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }

    /// <summary>The index of the first token starting at or after <paramref name="position"/> (tokens are in text order).</summary>
    private static int FirstAtOrAfter(List<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>
    /// A cue found in a title string, placed in the text: where the title writes it when the title is written as is, else where
    /// the cue's words appear in the title's span ("Senior Frontend Engineer" built from "Senior Backend and Frontend Engineers"),
    /// else the whole span.
    /// </summary>
    private static (T Value, Cue? Cue) Located<T>((T Value, Cue? Cue) found, TitleSpan title, string text)
    {
        if (found.Cue is not { } cue)
        {
            return found;
        }
        var words = title.Title.AsSpan(cue.Start, cue.End - cue.Start);
        var at = title.Start + cue.Start;
        if (title.Start + cue.End <= title.End && text.AsSpan(at, words.Length).Equals(words, StringComparison.OrdinalIgnoreCase))
        {
            return (found.Value, new Cue(at, at + words.Length));
        }
        var inSpan = text.AsSpan(title.Start, title.End - title.Start).IndexOf(words, StringComparison.OrdinalIgnoreCase);
        return (found.Value, inSpan >= 0 ? new Cue(title.Start + inSpan, title.Start + inSpan + words.Length) : new Cue(title.Start, title.End));
    }

    private static string Describe(SalaryRange s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Min}-{s.Max} {s.Currency}/{s.Period.Name()}");
}
