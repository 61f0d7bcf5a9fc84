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
    public const string Version = "0.3.19";

    private readonly SkillMatcher _skills;
    private readonly SalaryParser _salaries;
    private readonly CountryDetector _countries;
    private readonly Func<string, int, int, bool> _namesPlaceOrSkill;
    private readonly RoleFinder _roles;
    private readonly RoleClassifier _classifier;
    private readonly ExperienceYears _years;
    private readonly SeniorityField _levelField;
    private readonly Action<PostingWork>[] _steps;

    public ExtractionPipeline(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        _skills = new SkillMatcher(knowledge.Skills);
        _salaries = new SalaryParser(knowledge.Rates);
        _countries = new CountryDetector(knowledge.Places);
        _namesPlaceOrSkill = NamesPlaceOrSkill;
        _roles = new RoleFinder(knowledge.Roles);
        _classifier = new RoleClassifier(knowledge.Roles, knowledge.Skills);
        _years = new ExperienceYears(knowledge.Roles);
        _levelField = new SeniorityField(_classifier);
        _steps = Steps();
    }

    private static readonly Lazy<ExtractionPipeline> LazyDefault = new(() => new ExtractionPipeline(KnowledgeBase.Default));

    /// <summary>The pipeline over the knowledge embedded in this build.</summary>
    public static ExtractionPipeline Default => LazyDefault.Value;

    public KnowledgeBase Knowledge { get; }

    public ExtractedPosting Extract(RawPosting raw) => Extract(raw, out _);

    public ExtractedPosting Extract(RawPosting raw, out PostingText normalised)
    {
        var work = t_work ??= new PostingWork();
        try
        {
            work.Start(raw);
            foreach (var step in _steps)
            {
                step(work);
            }
            normalised = work.Posting;
            return work.Finish();
        }
        finally
        {
            work.Release();
        }
    }

    /// <summary>The posting in extraction on this thread by <see cref="Extract(RawPosting, out PostingText)"/>.</summary>
    [ThreadStatic]
    private static PostingWork? t_work;

    /// <summary>How many postings <see cref="Extract(ReadOnlySpan{RawPosting}, Span{ExtractedPosting}, Span{Exception})"/> takes through each step together.</summary>
    public const int BatchSize = 256;

    /// <summary>
    /// Extracts many postings, each exactly as <see cref="Extract(RawPosting)"/> would, but step by step: every posting of a batch is
    /// normalised, then every one is searched for skills, then for its work mode, and so on. Each step's tables and code stay in the
    /// caches for a whole batch instead of pushing each other out at every posting (HN postings: about 15% less time).
    /// A posting that makes a step throw gets its exception in <paramref name="failures"/> and a null result; the others go on.
    /// </summary>
    public void Extract(ReadOnlySpan<RawPosting> raws, Span<ExtractedPosting?> results, Span<Exception?> failures)
    {
        if (results.Length < raws.Length || failures.Length < raws.Length)
        {
            throw new ArgumentException("results and failures need room for every posting");
        }
        var works = t_works ??= CreateWorks();
        for (var at = 0; at < raws.Length; at += BatchSize)
        {
            var count = Math.Min(BatchSize, raws.Length - at);
            for (var i = 0; i < count; i++)
            {
                Guarded(works[i], raws[at + i]);
            }
            foreach (var step in _steps)
            {
                for (var i = 0; i < count; i++)
                {
                    Guarded(works[i], step);
                }
            }
            for (var i = 0; i < count; i++)
            {
                var work = works[i];
                results[at + i] = work.Failure is null ? work.Finish() : null;
                failures[at + i] = work.Failure;
                work.Release();
            }
        }
    }

    private static void Guarded(PostingWork work, RawPosting raw)
    {
        try
        {
            work.Start(raw);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            work.Failure = e;
        }
    }

    private static void Guarded(PostingWork work, Action<PostingWork> step)
    {
        if (work.Failure is not null)
        {
            return;
        }
        try
        {
            step(work);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            work.Failure = e;
        }
    }

    /// <summary>The postings in extraction on this thread: reused from batch to batch (their token lists above all).</summary>
    [ThreadStatic]
    private static PostingWork[]? t_works;

    private static PostingWork[] CreateWorks()
    {
        var works = new PostingWork[BatchSize];
        for (var i = 0; i < works.Length; i++)
        {
            works[i] = new PostingWork();
        }
        return works;
    }

    /// <summary>The steps after <see cref="PostingWork.Start"/>, in order: each reads what the ones before it found.</summary>
    private Action<PostingWork>[] Steps() => [FindCompany, MatchSkills, DetectWorkMode, DetectCountries, ParseSalaries, FindTitles, ClassifyRoles];

    private void FindCompany(PostingWork work) =>
        work.CompanyMention = work.Raw.Company is null ? _roles.Company(work.Posting, _namesPlaceOrSkill) : null;

    /// <summary>
    /// Whether [start, end) holds a place or is a skill: a header field that does is no company ("Developer | C# | Remote",
    /// "Berlin:"); "Acme Robotics" holds a skill but is more.
    /// </summary>
    private bool NamesPlaceOrSkill(string text, int start, int end)
    {
        if (_countries.NamesPlace(text, start, end))
        {
            return true;
        }
        using var scratch = TokenScratch.Tokenize(text, start, end);
        if (scratch.Tokens.Count == 0)
        {
            return false;
        }
        foreach (var hit in _skills.Match(text, scratch.Tokens))
        {
            if (hit.Start == scratch.Tokens[0].Start && hit.End == scratch.Tokens[^1].End)
            {
                return true;
            }
        }
        return false;
    }

    private void MatchSkills(PostingWork work)
    {
        var skillHits = work.SkillHitList;
        _skills.Match(work.Posting.Text, work.Tokens, skillHits);
        if (work.CompanyMention is { } named)
        {
            // "Glasswing Security | Backend Engineer": a company's name is not a skill it asks for.
            RemoveWithin(skillHits, named.Start, named.End);
        }
        work.SkillHits = skillHits;
        var skillNames = work.SkillNames;
        var seenSkills = ThreadSkillSet();
        foreach (var hit in skillHits)
        {
            if (seenSkills.Add(hit.Skill))
            {
                skillNames.Add(hit.Skill);
                work.Evidence.Add(new Evidence("skills", hit.Skill, hit.Start, hit.End));
            }
        }
        skillNames.Sort(StringComparer.Ordinal);
    }

    private static void DetectWorkMode(PostingWork work)
    {
        var (mode, modeStart, modeEnd) = WorkModeDetector.Detect(work.Posting.Text);
        work.Mode = mode;
        if (mode != WorkMode.Unknown)
        {
            work.Evidence.Add(new Evidence("work_mode", mode.Name(), modeStart, modeEnd));
        }
    }

    private void DetectCountries(PostingWork work)
    {
        // A posting names a handful of countries: a list searched in order beats a sorted set.
        var countries = work.Countries;
        foreach (var (code, start, end) in _countries.Detect(work.Posting, work.Tokens))
        {
            if (InsideSkill(work.SkillHits, start, end))
            {
                continue; // "MS SQL": a state's code inside a skill's name is no place
            }
            if (!countries.Contains(code))
            {
                countries.Add(code);
                work.Evidence.Add(new Evidence("countries", code, start, end));
            }
        }
        countries.Sort(StringComparer.Ordinal);
    }

    private void ParseSalaries(PostingWork work)
    {
        var salaries = work.Salaries;
        foreach (var parsed in _salaries.Parse(work.Posting.Text, Knowledge.Rates.CurrencyOf(work.Countries), work.Posting.Header))
        {
            if (!salaries.Contains(parsed.Range))
            {
                salaries.Add(parsed.Range);
                work.Evidence.Add(new Evidence("salaries", Describe(parsed.Range), parsed.Start, parsed.End));
            }
        }
    }

    private void FindTitles(PostingWork work) => work.Titles = _roles.Find(work.Posting);

    private void ClassifyRoles(PostingWork work)
    {
        work.Roles = ClassifyRoles(work.Posting, work.Titles, work.Tokens, work.SkillHits, work.Evidence);
        if (work.Raw.Company is null && work.CompanyMention is { } found)
        {
            work.Evidence.Add(new Evidence("company", found.Company, found.Start, found.End));
        }
    }

    /// <summary>Removes the hits inside [start, end), keeping the others in order (no closure allocated for every posting).</summary>
    private static void RemoveWithin(List<SkillHit> hits, int start, int end)
    {
        var kept = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            if (!(hits[i].Start >= start && hits[i].End <= end))
            {
                hits[kept++] = hits[i];
            }
        }
        hits.RemoveRange(kept, hits.Count - kept);
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

    /// <summary>The skills already seen in the posting being extracted on this thread.</summary>
    [ThreadStatic]
    private static HashSet<string>? t_skills;

    private static HashSet<string> ThreadSkillSet()
    {
        var skills = t_skills ??= new HashSet<string>(StringComparer.Ordinal);
        skills.Clear();
        return skills;
    }

    private List<ExtractedRole> ClassifyRoles(PostingText posting, List<TitleSpan> titles, List<Token> tokens, List<SkillHit> skillHits, List<Evidence> evidence)
    {
        var text = posting.Text;
        // The body's family phrases (its tokens are a suffix: tokens are in text order), found only for the titles that need them.
        List<PhraseMatch<RoleFamily>>? bodyPhrases = null;
        List<PhraseMatch<RoleFamily>> BodyPhrases() =>
            bodyPhrases ??= BodyPhrasesOf(text, CollectionsMarshal.AsSpan(tokens), posting.Header.End);
        (RoleFamily Family, Cue? Cue)? textFamily = null;
        List<SkillHit>? bodySkills = null;
        // A posting's own level field ("Seniority level: Entry level"), else its required years, when it advertises one role; read
        // only when the role's title and bracket name no level (searching the whole text costs more than classifying the title).
        (Seniority Seniority, Cue? Cue)? postingLevel = null;
        (Seniority Seniority, Cue? Cue) PostingLevelOfOne() =>
            postingLevel ??= titles.Count != 1 ? (Seniority.Unknown, null) : PostingLevel(text);
        var found = ThreadFoundRoles();
        var seen = ThreadRoleKeys();
        var headerEnd = posting.Header.End;
        foreach (var title in titles)
        {
            // Classify the title as built ("Senior" + "Software Engineer"), then point evidence at where it was written.
            using var titleScratch = TokenScratch.Tokenize(title.Title, 0, title.Title.Length);
            var titleTokens = titleScratch.Tokens;
            var (titleFamily, titleCue, weak) = _classifier.TitleFamily(title.Title, titleTokens);
            var family = Located((titleFamily, titleCue), title, text);
            // "Marketing Director": a role outside software keeps family other, whatever the posting's text is about.
            var outsideSoftware = family.Value == RoleFamily.Other && _classifier.IsNonSoftware(title.Title, titleTokens);
            var titleLevel = _classifier.TitleSeniority(title.Title, titleTokens, out var levelEnd);
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
                family = _classifier.TitleSkillFamily(SkillsWithin(skillHits, title.Start, qualifier?.Bracket.End ?? title.End));
            }
            if (family.Value == RoleFamily.Other && !outsideSoftware && title.FromBody && !title.InSentence &&
                DescriptionAfter(text, qualifier?.Bracket.End ?? title.End) is { } described)
            {
                // "* Internal Tools Engineer - build the admin tools in React and Node.js": a list item's own description says what its
                // generic role does, before the text as a whole (which speaks of every role listed) does.
                var ownFamily = _classifier.TextFamily(PhrasesWithin(BodyPhrases(), described.Start, described.End),
                    SkillsWithin(skillHits, described.Start, described.End));
                if (ownFamily.Family != RoleFamily.Other)
                {
                    family = ownFamily;
                }
            }
            var generic = family.Value == RoleFamily.Other && !outsideSoftware;
            if (generic)
            {
                textFamily ??= _classifier.TextFamily(BodyPhrases(), bodySkills ??= SkillsFrom(skillHits, headerEnd));
                family = textFamily.Value;
            }
            else if (weak && titles.Count == 1 && family.Value is RoleFamily.Backend or RoleFamily.Frontend && RoleClassifier.SaysFullstack(BodyPhrases()))
            {
                // "Java Developer" whose text says the work spans front and back end.
                family = (RoleFamily.Fullstack, family.Cue);
            }
            if (seniority.Value == Seniority.Unknown)
            {
                seniority = PostingLevelOfOne();
            }
            if (title.FromBody && found.Count > 0 &&
                ((generic && !IsNewInternship(found, seniority.Value) && !IsNewLevel(found, titleLevel.Seniority) &&
                  (title.InSentence || family.Value == RoleFamily.Other)) ||
                 SameKindInOtherList(found, title.List, family.Value, seniority.Value)))
            {
                // Running text mostly repeats the header's roles ("we're looking for a senior engineer"): only a new kind of role counts,
                // and a generic one ("developers"; in a sentence, "a senior software engineer" whatever family the text gives it) is
                // never new; a role outside software ("Sales Manager") is. A list's generic titles are openings of their own, and so are
                // the roles of one list or sentence ("a Data Analyst and an Analytics Engineer", "one iOS and one Android developer").
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
            found.Add(new FoundRole(new ExtractedRole(title.Title, family.Value, seniority.Value), evidenceStart, evidence.Count - evidenceStart,
                title.FromBody, levelEnd, title.List, FamilyFromText: generic));
        }
        WithoutTextFamiliesOfOthers(found, evidence);
        var roles = WithoutRolesNamedBetter(found, evidence);
        if (titles.Count > 1 && roles.Count == 1 && roles[0].Seniority == Seniority.Unknown && PostingLevel(text) is { Seniority: not Seniority.Unknown } level)
        {
            // "OPUS LOGICA | FULL STACK DEVELOPER" and "looking for a Creative Full Stack Dev": the text named the one role twice.
            roles[0] = roles[0] with { Seniority = level.Seniority };
            if (level.Cue is { } cue)
            {
                evidence.Add(new Evidence("seniority", level.Seniority.Name(), cue.Start, cue.End));
            }
        }
        return roles;
    }

    /// <summary>The level a posting gives its one role outside the title: a level field ("Seniority level: Entry level"), else the years it asks for.</summary>
    private (Seniority Seniority, Cue? Cue) PostingLevel(string text) =>
        _levelField.Detect(text) is { Seniority: not Seniority.Unknown } field ? field : _years.Detect(text);

    /// <summary>
    /// The roles found, without the header's roles that the text names more precisely (<see cref="LevelledInText"/>,
    /// <see cref="QualifiedInText"/>): the text's role takes the header role's place, which is the posting's first role more often
    /// than not ("AllSpice | Frontend Engineer, PM" and "hiring a Mid/Sr Frontend Engineer"). The dropped roles' evidence goes too.
    /// </summary>
    private static List<ExtractedRole> WithoutRolesNamedBetter(List<FoundRole> found, List<Evidence> evidence)
    {
        Span<int> betterAt = found.Count <= 64 ? stackalloc int[found.Count] : new int[found.Count];
        betterAt.Fill(-1);
        Span<bool> moved = found.Count <= 64 ? stackalloc bool[found.Count] : new bool[found.Count];
        moved.Clear();
        var anyBetter = false;
        for (var i = 0; i < found.Count; i++)
        {
            betterAt[i] = LevelledInText(found, found[i]) is var levelled and >= 0 ? levelled : QualifiedInText(found, found[i]);
            anyBetter |= betterAt[i] >= 0;
        }
        var roles = new List<ExtractedRole>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            if (betterAt[i] < 0)
            {
                if (!moved[i])
                {
                    roles.Add(found[i].Role);
                }
            }
            // The text's role moves up to the header role's place; one found before it (header roles come first) stays where it is.
            else if (betterAt[i] > i && !moved[betterAt[i]] && betterAt[betterAt[i]] < 0)
            {
                roles.Add(found[betterAt[i]].Role);
                moved[betterAt[i]] = true;
            }
        }
        // From the last, so that the evidence of the roles before keeps its place.
        for (var i = found.Count - 1; anyBetter && i >= 0; i--)
        {
            if (betterAt[i] >= 0)
            {
                evidence.RemoveRange(found[i].EvidenceStart, found[i].EvidenceCount);
            }
        }
        return roles;
    }

    /// <summary>The roles found in the posting being classified on this thread, reused from posting to posting.</summary>
    [ThreadStatic]
    private static List<FoundRole>? t_foundRoles;

    private static List<FoundRole> ThreadFoundRoles()
    {
        var found = t_foundRoles ??= [];
        found.Clear();
        return found;
    }

    /// <summary>The roles (title in capitals, family, seniority) already kept for the posting being classified on this thread.</summary>
    [ThreadStatic]
    private static HashSet<(string, RoleFamily, Seniority)>? t_roleKeys;

    private static HashSet<(string, RoleFamily, Seniority)> ThreadRoleKeys()
    {
        var keys = t_roleKeys ??= [];
        keys.Clear();
        return keys;
    }

    /// <summary>The skills found inside [start, end), in text order (a loop, not a query whose closure was allocated for every title).</summary>
    private static List<SkillHit> SkillsWithin(List<SkillHit> hits, int start, int end)
    {
        var within = new List<SkillHit>();
        foreach (var hit in hits)
        {
            if (hit.Start >= start && hit.End <= end)
            {
                within.Add(hit);
            }
        }
        return within;
    }

    /// <summary>The family phrases inside [start, end), in text order.</summary>
    private static List<PhraseMatch<RoleFamily>> PhrasesWithin(List<PhraseMatch<RoleFamily>> phrases, int start, int end)
    {
        var within = new List<PhraseMatch<RoleFamily>>();
        foreach (var p in phrases)
        {
            if (p.Start >= start && p.End <= end)
            {
                within.Add(p);
            }
        }
        return within;
    }

    /// <summary>
    /// The description that follows a list item's title on its line after a dash or a colon ("Platform Engineer - Build the
    /// infrastructure ...", "Data Engineer: build pipelines"), or null.
    /// </summary>
    private static (int Start, int End)? DescriptionAfter(string text, int titleEnd)
    {
        var lineEnd = text.IndexOf('\n', titleEnd) is var n and >= 0 ? n : text.Length;
        var i = titleEnd;
        while (i < lineEnd && text[i] == ' ')
        {
            i++;
        }
        return i < lineEnd && text[i] is '-' or '\u2013' or '\u2014' or ':' ? (i + 1, lineEnd) : null;
    }

    /// <summary>The skills found at or after <paramref name="start"/>, in text order.</summary>
    private static List<SkillHit> SkillsFrom(List<SkillHit> hits, int start)
    {
        var from = new List<SkillHit>();
        foreach (var hit in hits)
        {
            if (hit.Start >= start)
            {
                from.Add(hit);
            }
        }
        return from;
    }

    /// <summary>Whether a role of another list (or sentence) has this family and, when the seniority is known, this seniority.</summary>
    private static bool SameKindInOtherList(List<FoundRole> found, int list, RoleFamily family, Seniority seniority)
    {
        foreach (var r in found)
        {
            if (r.List != list && r.Role.Family == family && (seniority == Seniority.Unknown || r.Role.Seniority == seniority))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"We're also hiring interns" beside engineers: an internship is an opening of its own.</summary>
    private static bool IsNewInternship(List<FoundRole> found, Seniority seniority)
    {
        if (seniority != Seniority.Intern)
        {
            return false;
        }
        foreach (var r in found)
        {
            if (r.Role.Seniority == Seniority.Intern)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "We're hiring a Director of Engineering. We also need Staff Engineers.": a generic title whose own level word (staff or
    /// principal) no role found before has is another opening, not a mention of one of them.
    /// </summary>
    private static bool IsNewLevel(List<FoundRole> found, Seniority titleLevel)
    {
        if (titleLevel is not (Seniority.Staff or Seniority.Principal))
        {
            return false;
        }
        foreach (var r in found)
        {
            if (r.Role.Seniority == titleLevel)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Data Engineer" in the header and "looking for a Senior Data Engineer" in the text: one role, whose level the text says, so
    /// the header's goes. Two lines of one list ("- iOS Engineer", "- Junior iOS Engineer") are two openings. The index of the text's
    /// role, or -1.
    /// </summary>
    private static int LevelledInText(List<FoundRole> found, FoundRole role)
    {
        if (role.Role.Seniority != Seniority.Unknown || role.FromBody)
        {
            return -1;
        }
        string? key = null;
        for (var i = 0; i < found.Count; i++)
        {
            var other = found[i];
            if (other.FromBody && other.LevelEnd >= 0 && other.Role.Family == role.Role.Family &&
                string.Equals(RoleFinder.DistinctKey(other.Role.Title[other.LevelEnd..].Trim()), key ??= RoleFinder.DistinctKey(role.Role.Title),
                    StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// "Software Engineer" in the header, whose family nothing tells, and "Software Engineer (JavaScript)" in the text's list: one
    /// role, which the text's bracket classifies, so the header's goes. The index of the text's role, or -1.
    /// </summary>
    private static int QualifiedInText(List<FoundRole> found, FoundRole role)
    {
        if (role.Role.Family != RoleFamily.Other || role.FromBody)
        {
            return -1;
        }
        string? key = null;
        for (var i = 0; i < found.Count; i++)
        {
            var other = found[i];
            if (other.FromBody && other.Role.Family != RoleFamily.Other &&
                string.Equals(RoleFinder.DistinctKey(other.Role.Title), key ??= RoleFinder.DistinctKey(role.Role.Title), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// A classified role, before header roles that the text names more precisely are dropped: where its evidence is in the posting's
    /// list, and where the seniority word its title starts with ends ("Senior| Data Engineer"), or -1.
    /// </summary>
    private readonly record struct FoundRole(ExtractedRole Role, int EvidenceStart, int EvidenceCount, bool FromBody, int LevelEnd, int List,
        bool FamilyFromText);

    /// <summary>
    /// "Acme | Software Engineer, Data Engineer | Remote": the text of a posting with several roles speaks of them all, so a generic
    /// role takes no family from it that another role's title names (the text's data phrases and dbt are the Data Engineer's, not
    /// the Software Engineer's): such a role is <see cref="RoleFamily.Other"/>, and its family's evidence goes. A family no title
    /// names ("Senior Software Engineer" beside "DevOps Engineer" in a text about React) is the generic role's own.
    /// </summary>
    private static void WithoutTextFamiliesOfOthers(List<FoundRole> found, List<Evidence> evidence)
    {
        var named = 0;
        var fromText = false;
        foreach (var r in found)
        {
            named |= r.FamilyFromText ? 0 : 1 << (int)r.Role.Family;
            fromText |= r.FamilyFromText && r.Role.Family != RoleFamily.Other;
        }
        named &= ~(1 << (int)RoleFamily.Other);
        if (named == 0 || !fromText)
        {
            return;
        }
        var removed = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var r = found[i] with { EvidenceStart = found[i].EvidenceStart - removed };
            // A role's evidence is its title's, then its family's when it has a cue, then its seniority's.
            if (r.FamilyFromText && (named & (1 << (int)r.Role.Family)) != 0)
            {
                var hasCue = r.EvidenceCount > 1 && evidence[r.EvidenceStart + 1].Field == "family";
                if (hasCue)
                {
                    evidence.RemoveAt(r.EvidenceStart + 1);
                    removed++;
                }
                r = r with { Role = r.Role with { Family = RoleFamily.Other }, EvidenceCount = r.EvidenceCount - (hasCue ? 1 : 0) };
            }
            found[i] = r;
        }
    }

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
        // "Member of Technical Staff (ML)": the staff of that title is no level, so the bracket is read with "Engineer".
        var noun = title.Title.AsSpan().TrimEnd().EndsWith("technical staff", StringComparison.OrdinalIgnoreCase) ? "Engineer" : LastWord(title.Title);
        var qualified = $"{text.AsSpan(bracket.Start, bracket.End - bracket.Start)} {noun}";
        using var scratch = TokenScratch.Tokenize(qualified, 0, qualified.Length);
        var (family, _, weak) = _classifier.TitleFamily(qualified, scratch.Tokens);
        return new TitleQualifier(family, weak, _classifier.TitleSeniority(qualified, scratch.Tokens).Seniority, bracket);
    }

    private readonly record struct TitleQualifier(RoleFamily Family, bool Weak, Seniority Seniority, Cue Bracket);

    /// <summary>The family phrases of the body: the tokens from the first one at or after the header's end.</summary>
    private List<PhraseMatch<RoleFamily>> BodyPhrasesOf(string text, ReadOnlySpan<Token> tokens, int headerEnd) =>
        _classifier.BodyPhrases(text, tokens[TokenScratch.FirstAtOrAfter(tokens, headerEnd)..]);

    /// <summary>The last word of a title: its role noun ("Engineer").</summary>
    private static ReadOnlySpan<char> LastWord(string title)
    {
        var trimmed = title.AsSpan().TrimEnd();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
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
