using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Finds the role titles a posting advertises: the title field, the role segments of a Hacker News header
/// ("Acme | Backend, Full-Stack and SRE | Remote"), lists after "hiring"/"looking for", and title-like bullet lines.
/// A list is split into one title per role, sharing the trailing noun ("frontend and backend engineers").
/// </summary>
public sealed partial class RoleFinder
{
    /// <summary>A title longer than this many words is a sentence, not a title.</summary>
    private const int MaxTitleWords = 9;

    private readonly WordSet _roleNouns;
    private readonly WordSet _stopWords;
    private readonly WordSet _noiseWords;
    private readonly IReadOnlyList<string> _noiseWordPhrases;
    private readonly PhraseTrie<bool> _familyWords = new();
    private readonly PhraseTrie<bool> _seniorityWords = new();
    private readonly PhraseTrie<bool> _nonSoftwareWords = new();

    public RoleFinder(RolePatterns patterns)
    {
        _roleNouns = new(patterns.RoleNouns);
        _stopWords = new(patterns.TitleStopWords);
        _noiseWords = new(patterns.LeadingNoiseWords);
        _noiseWordPhrases = patterns.NoiseWordPhrases;
        foreach (var word in patterns.ListableFamilyWords)
        {
            _familyWords.Add(word, true);
        }
        foreach (var level in patterns.Seniorities)
        {
            foreach (var word in level.Title)
            {
                _seniorityWords.Add(word, true);
            }
        }
        foreach (var word in patterns.NonSoftwareTitles)
        {
            _nonSoftwareWords.Add(word, true);
        }
    }

    /// <summary>Role title spans in order of appearance, distinct by title.</summary>
    public List<TitleSpan> Find(PostingText posting)
    {
        var text = posting.Text;
        var titles = new List<TitleSpan>();
        if (posting.HasTitle)
        {
            SplitList(text, posting.Header.Start, posting.Header.End, titles, keepWhole: true);
            return Distinct(text, titles);
        }
        var header = posting.Header;
        var segments = HeaderSegments(text, header.Start, header.End, out var qualified);
        if (segments.Count > 1)
        {
            // The first segment names the company, sometimes after the role ("Senior Backend Engineer at UpMetrics"); the others hold
            // roles, places, pay and terms.
            if (RoleAtCompany(text, segments[0].Start, segments[0].End) is { } split)
            {
                SplitList(text, segments[0].Start, split.TitleEnd, titles, keepWhole: false);
            }
            else if (HeaderTitleEnd(text, segments[0].Start, segments[0].End) is { } firstEnd)
            {
                // "Full-time Developer | C# | Remote": no company, the post starts with its role.
                SplitList(text, segments[0].Start, firstEnd, titles, keepWhole: false);
            }
            for (var index = 1; index < segments.Count; index++)
            {
                var (segmentStart, segmentEnd) = segments[index];
                // "Location: Remote (US) | Company: Fieldstone | Role: Staff Data Engineer": the label is no part of the title;
                // "Engineers: Backend (Go), Frontend (React)": the family words share the labelled noun.
                var (s, e) = (segmentStart, segmentEnd);
                // "KREA | (ML Engineer AND Full-stack AND Frontend) | ONSITE": a field in brackets is read inside them.
                var (inner, innerEnd) = Trim(text, s, e);
                if (innerEnd - inner > 2 && text[inner] == '(' && text[innerEnd - 1] == ')' && text.AsSpan(inner + 1, innerEnd - inner - 2).IndexOfAny('(', ')') < 0)
                {
                    (s, e) = (inner + 1, innerEnd - 1);
                }
                if (text.AsSpan(s, Math.Min(e - s, MaxLabelLength)).Contains(':'))
                {
                    s = AfterFieldLabel(text, s, e);
                    if (NounLabel().Match(text, s, e - s) is { Success: true } label)
                    {
                        s += label.Length;
                    }
                }
                if (IsTitleLike(text, s, e) || IsLoneFamily(text, s, e))
                {
                    SplitList(text, s, e, titles, keepWhole: false);
                }
                else if (LeadingTitle(text, s, e) is { } end)
                {
                    // "Backend, Frontend and DevOps engineers Metabase is open source...": a header running into prose.
                    SplitList(text, s, end, titles, keepWhole: false);
                }
            }
        }
        else if (segments.Count == 1 && CompanyColon(text, header.Start, header.End) is { } colon)
        {
            // "Acme: Senior Backend Engineer, Remote (US)": the company, a colon, then the role.
            SplitList(text, colon.TitleStart, colon.TitleEnd, titles, keepWhole: false);
        }
        else if (HeaderTitleEnd(text, header.Start, header.End) is { } headerEnd)
        {
            // "Director of Software Engineering" alone on the first line; "Software Engineer - Backend", one title with its qualifier.
            SplitList(text, header.Start, qualified ? segments[0].End : headerEnd, titles, keepWhole: false);
        }
        var listEnd = 0;
        var kelvin = text.Contains('\u212A');
        for (var m = NextHiringList(text, 0, kelvin); m is not null; m = NextHiringList(text, Math.Max(m.Index + m.Length, listEnd), kelvin))
        {
            if (NegatedBefore(text, m.Index))
            {
                continue;
            }
            var list = m.Groups["list"];
            // "what we need right now is for an Infrastructure Lead": the list starts after the last sentence word.
            var start = AfterLastStopWord(text, list.Index, list.Index + list.Length);
            // "we need to improve our internal operations (data analyst) and build tools": a role in brackets starts inside them.
            if (text.AsSpan(start, list.Index + list.Length - start) is var listed && listed.LastIndexOf('(') is var open and >= 0 &&
                listed.LastIndexOf(')') < open)
            {
                start += open + 1;
            }
            // "a senior Rust engineer and a product designer": the pattern stops at the first role noun; the list goes on.
            listEnd = ContinuedListEnd(text, list.Index + list.Length);
            var lone = text.AsSpan(start, list.Index + list.Length - start).Trim();
            // "practices that lead to better security": a lone "lead" or "head" after a sentence word is a verb or a body part;
            // "an interview with our CTO": a lone CTO after one is a person.
            if (!VerbLikeNouns.Contains(lone) && !(start > list.Index && PersonNouns.Contains(lone)))
            {
                // "We need two developers: one iOS developer and one Android developer": the bare noun announces the list after its
                // colon, which names the roles.
                if (ColonAfter(text, listEnd) is var colon and > 0 && IsBareRoleNoun(text, start, listEnd) &&
                    AddListParts(text, colon, LineEnd(text, colon), titles) > 0)
                {
                    continue;
                }
                // "an IT Director to lead 2 Salesforce admins": what the hire will do is no part of the title.
                var before = titles.Count;
                SplitList(text, start, PurposeStart(text, start, listEnd), titles, keepWhole: false, fromBody: true);
                // "a VP of Engineering to grow our team, and a Sr. PM to own the app": another role after what the first will do.
                if (RoleAfterPurpose(text, listEnd) is { } more)
                {
                    SplitList(text, more.Start, PurposeStart(text, more.Start, more.End), titles, keepWhole: false, fromBody: true);
                    listEnd = more.End;
                }
                for (var i = before; i < titles.Count; i++)
                {
                    titles[i] = titles[i] with { InSentence = true };
                }
            }
        }
        // From the start: a header segment can hold one too ("Multiple roles including Solutions Engineer and Solutions Architect").
        FindColonLists(text, 0, titles);
        FindBulletTitles(text, header.End, titles);
        titles.Sort((a, b) => a.Start.CompareTo(b.Start));
        // "Acme | Engineering | Remote" then "- Frontend Engineer": the header named the department, the list names the roles; so does
        // a bare engineer noun ("Acme | Engineers | Remote"). "Designer" or "Intern" alone is a role.
        List<TitleSpan>? departments = null;
        foreach (var t in titles)
        {
            if (IsDepartment(t.Title) || GenericEngineerNouns.Contains(t.Title.AsSpan().Trim()))
            {
                (departments ??= []).Add(t);
            }
        }
        if (departments is not null && departments.Count < titles.Count)
        {
            // "Acme | SWE, SRE, PM | NYC": a bare engineer noun listed beside other roles is one of them.
            departments.RemoveAll(d => !IsDepartment(d.Title) && titles.Exists(t => t.List == d.List && !departments.Contains(t)));
            titles.RemoveAll(departments.Contains);
        }
        SplitBracketFamilies(text, titles);
        return Distinct(text, titles);
    }

    /// <summary>
    /// The company: the first header segment of a title-less post ("Acme (YC W21) | ...", "Senior Engineer at Acme | ..."), without
    /// links.
    /// </summary>
    /// <summary>Nouns that alone name engineers of no kind.</summary>
    private static readonly WordSet GenericEngineerNouns = new(
        "engineer", "engineers", "developer", "developers", "dev", "devs", "programmer", "programmers", "SWE", "SWEs", "SDE", "SDEs");

    /// <summary>Where the text after a colon that follows <paramref name="end"/> (spaces between) starts, or -1.</summary>
    private static int ColonAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        return i < text.Length && text[i] == ':' ? i + 1 : -1;
    }

    private static int LineEnd(string text, int from) => text.IndexOf('\n', from) is var end and >= 0 ? end : text.Length;

    /// <summary>Whether [start, end) is one role noun after leading noise words at most: "two developers", "several engineers".</summary>
    private bool IsBareRoleNoun(string text, int start, int end)
    {
        var from = SkipNoise(text, start, end);
        var (wordStart, wordEnd) = LastWord(text, from, end);
        return wordStart == from && wordEnd > wordStart && text.AsSpan(wordEnd, end - wordEnd).IsWhiteSpace() &&
            _roleNouns.Contains(text.AsSpan(wordStart, wordEnd - wordStart));
    }

    /// <summary>The company the header names, or null.</summary>
    /// <param name="notAName">Whether a span of the text names something other than a company ("Berlin", "C#"): such a field is none.</param>
    public (string Company, int Start, int End)? Company(PostingText posting, Func<string, int, int, bool>? notAName = null)
    {
        if (posting.HasTitle)
        {
            return null;
        }
        var segments = HeaderSegments(posting.Text, posting.Header.Start, posting.Header.End, out _);
        foreach (var (fs, fe) in segments)
        {
            // "Location: Remote (US) | Company: Fieldstone | Role: ...": a labelled field names it, wherever it stands.
            if (CompanyLabel().Match(posting.Text, fs, fe - fs) is { Success: true } label)
            {
                return Named(posting.Text, fs + label.Length, fe);
            }
        }
        if (posting.HeaderText.IndexOfAny(HiringVerbs) >= 0 &&
            HiringCompany().Match(posting.Text, posting.Header.Start, posting.Header.Length) is { Success: true } hiring &&
            !NotACompany.Contains(FirstWord(hiring.Groups["name"].ValueSpan)))
        {
            // "Gumroad is hiring.", "Replicated is hiring- Backend (Golang) & Solutions Engineers - Remote".
            var name = hiring.Groups["name"];
            return Named(posting.Text, name.Index, name.Index + name.Length);
        }
        if (segments.Count < 2)
        {
            return segments.Count == 1 && CompanyColon(posting.Text, posting.Header.Start, posting.Header.End) is { IsName: true } colon &&
                notAName?.Invoke(posting.Text, colon.NameStart, colon.NameEnd) is not true
                ? Named(posting.Text, colon.NameStart, colon.NameEnd)
                : null;
        }
        var (s, e) = segments[0];
        if (FieldLabelAt().IsMatch(posting.Text.AsSpan(s, e - s)) || SentenceStarts.Contains(FirstWord(posting.Text.AsSpan(s, e - s).TrimStart())))
        {
            return null; // "Location: NYC | ...", "We are hiring backend engineers | Remote": a field or a sentence, not a company
        }
        if (RoleAtCompany(posting.Text, s, e) is { } split)
        {
            s = split.CompanyStart;
        }
        else if (HeaderTitleEnd(posting.Text, s, e) is not null)
        {
            // The first segment is the role: "DevOps Engineer | cognita | hybrid (Berlin) | Full Time" names the company second.
            return segments.Count >= 3 ? CompanyAfterRole(posting.Text, segments[1].Start, segments[1].End, notAName) : null;
        }
        return Named(posting.Text, s, e);
    }

    /// <summary>
    /// The second header field after a role, when it reads as a name: a few words with no digit, currency, comma or link, no
    /// place, work mode, terms of employment or another role ("Unity Developer | Walking Tree Games | On-Site in Karlsruhe").
    /// </summary>
    private (string Company, int Start, int End)? CompanyAfterRole(string text, int start, int end, Func<string, int, int, bool>? notAName)
    {
        if (Named(text, start, end) is not { } named || named.Company.AsSpan().IndexOfAny(NotInName) >= 0 ||
            named.Company.Contains("http", StringComparison.OrdinalIgnoreCase) || FieldLabelAt().IsMatch(named.Company) ||
            SentenceStarts.Contains(FirstWord(named.Company)) || HeaderTitleEnd(text, named.Start, named.End) is not null ||
            notAName is not null && notAName(text, named.Start, named.End))
        {
            return null;
        }
        var words = 0;
        foreach (var range in named.Company.AsSpan().SplitAny(" /-–"))
        {
            var word = named.Company.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (++words > MaxCompanyWords || HeaderTerms.Contains(word))
            {
                return null;
            }
        }
        return named;
    }

    /// <summary>
    /// A first line "Acme: Senior Backend Engineer, Remote (US)": one to four words (not a field label nor a role), a colon, then a
    /// title. Where the words and the title are, and whether the words can be a name ("Hiring:", "Urgent:" cannot), or null.
    /// </summary>
    private (int NameStart, int NameEnd, int TitleStart, int TitleEnd, bool IsName)? CompanyColon(string text, int start, int end)
    {
        if (text.AsSpan(start, Math.Min(end - start, MaxLabelLength + 16)).IndexOf(':') < 0 ||
            CompanyBeforeColon().Match(text, start, end - start) is not { Success: true } m || FieldLabelAt().IsMatch(text.AsSpan(start, end - start)))
        {
            return null;
        }
        var name = m.Groups["name"];
        var titleStart = m.Index + m.Length;
        if (SentenceStarts.Contains(FirstWord(name.ValueSpan)) || HeaderTitleEnd(text, name.Index, name.Index + name.Length) is not null ||
            HeaderTitleEnd(text, titleStart, end) is not { } titleEnd)
        {
            return null;
        }
        var isName = true;
        foreach (var range in name.ValueSpan.Split(' '))
        {
            // "Hiring:", "Now hiring:", "Open roles:", "Urgent:", "Remote:": a label, not a name, before the role.
            isName &= !ColonLabelWords.Contains(name.ValueSpan[range]) && !HeaderTerms.Contains(name.ValueSpan[range]);
        }
        return (name.Index, name.Index + name.Length, titleStart, titleEnd, isName);
    }

    /// <summary>Words of a label before a colon that names no company: "Hiring:", "Open roles:", "Update:".</summary>
    private static readonly WordSet ColonLabelWords = new(
        "hiring", "wanted", "urgent", "now", "open", "update", "updated", "edit", "note", "job", "jobs", "role", "roles", "opening", "openings",
        "position", "positions", "vacancy", "vacancies", "career", "careers", "location", "title", "company", "looking", "seeking", "new", "also", "and");

    /// <summary>A company name of one to four words, the first a capital or a digit, then a colon: "Acme Robotics:".</summary>
    [GeneratedRegex(@"\G[^\S\n]*(?<name>[\p{Lu}\d][\w.&'’+-]*(?:[^\S\n]+[\p{L}\d(][\w.&'’+()-]*){0,3}?)[^\S\n]*:[^\S\n]+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyBeforeColon();

    /// <summary>Most words of a company name read from the field after the role.</summary>
    private const int MaxCompanyWords = 4;

    /// <summary>Characters that a field of pay, place lists, dates or contacts holds and a company name after a role does not.</summary>
    private static readonly SearchValues<char> NotInName = SearchValues.Create("0123456789$€£¥₹,;:@|");

    /// <summary>The words of header fields other than the company: work mode, terms, visas, regions.</summary>
    private static readonly WordSet HeaderTerms = new(
        "remote", "remotely", "onsite", "on", "site", "hybrid", "office", "in", "wfh", "full", "time", "fulltime", "full-time", "part", "part-time",
        "contract", "contractor", "freelance", "permanent", "temporary", "intern", "internship", "visa", "sponsorship", "relocation", "us", "usa",
        "eu", "uk", "emea", "apac", "latam", "worldwide", "anywhere", "global", "flexible", "equity", "salary", "ft", "pt", "only", "timezone",
        "series", "seed", "startup", "funded", "stage");

    /// <summary>The company named in [start, end), without a bracket or link after it, or null when nothing or too much is left.</summary>
    private static (string Company, int Start, int End)? Named(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var raw = text[start..end];
        var cut = raw.IndexOfAny(['(', '[']);
        var http = raw.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        if (http >= 0 && (cut < 0 || http < cut))
        {
            cut = http;
        }
        var name = (cut >= 0 ? raw[..cut] : raw).Trim().TrimEnd('-', '–', ',', ':').Trim();
        return name.Length is > 0 and <= 80 ? (name, start, start + name.Length) : null;
    }

    /// <summary>"Company: Fieldstone", "COMPANY - Acme": the label of a header field that names the company.</summary>
    [GeneratedRegex(@"\G[^\S\n]*(?:company|employer|organi[sz]ation)(?:[^\S\n]*:|[^\S\n]+[\-\u2013](?=[^\S\n]))[^\S\n]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyLabel();

    /// <summary>The longest label with its colon that a header field can start with ("Open positions:", "Engineers:").</summary>
    private const int MaxLabelLength = 24;

    /// <summary>A header field labelled with the role noun its list shares: "Engineers: Backend (Go), Frontend (React), Infra".</summary>
    [GeneratedRegex(@"\G[^\S\n]*(?:engineers?|developers?)[^\S\n]*:[^\S\n]*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounLabel();

    /// <summary>A header field that starts with a label other than the company's: "Location:", "Role:", "Salary:".</summary>
    [GeneratedRegex(@"^\s*(?:location|locations|role|roles|position|positions|title|job|salary|compensation|comp|pay|remote|onsite|type|visa|hours|stack|tech(?:\s+stack)?|apply)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabelAt();

    /// <summary>
    /// A post that opens with its company and a hiring verb: "Gumroad is hiring", "Neon is hiring systems engineers", "Mach9 is
    /// looking for a product designer". The name is one to five words, the first a capital or a digit.
    /// </summary>
    [GeneratedRegex(@"\G[^\S\n]*(?<name>[\p{Lu}\d][\w.&'’+-]*(?:[^\S\n]+[\p{L}\d(][\w.&'’+()-]*){0,4}?) (?:is|are) (?:hiring|looking|seeking|recruiting)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HiringCompany();

    /// <summary>What every <see cref="HiringCompany"/> match holds: a header without any is not tried (most are not).</summary>
    private static readonly SearchValues<string> HiringVerbs = SearchValues.Create(
        ["is hiring", "are hiring", "is looking", "are looking", "is seeking", "are seeking", "is recruiting", "are recruiting"], StringComparison.Ordinal);

    /// <summary>First words that make "X is hiring" a sentence about someone else: "A good friend of mine is hiring", "We are hiring".</summary>
    private static readonly WordSet NotACompany = new(
        "a", "an", "we", "i", "my", "our", "you", "your", "who", "everyone", "someone", "this", "that", "it", "he", "she", "they", "team", "company", "startup",
        "currently", "now", "also", "hi", "hello", "hey");

    /// <summary>First words of a first header segment that is a sentence, not a company: "We are hiring backend engineers | Remote".</summary>
    private static readonly WordSet SentenceStarts = new("we", "we're", "we’re", "i", "i'm", "i’m", "our", "my", "you");

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> name)
    {
        var space = name.IndexOfAny(' ', '\t');
        return space < 0 ? name : name[..space];
    }

    private static readonly SearchValues<string> SpacedAt = SearchValues.Create([" at "], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A first header segment that names the role, then the company after " at " or " @ " ("Senior Backend Engineer at UpMetrics",
    /// "Founding Engineer @ Altimate AI"): where the title ends and the company starts, or null.
    /// </summary>
    private (int TitleEnd, int CompanyStart)? RoleAtCompany(string text, int start, int end)
    {
        var segment = text.AsSpan(start, end - start);
        var at = segment.IndexOfAny(SpacedAt);
        var separator = 4;
        if (segment.IndexOf(" @ ", StringComparison.Ordinal) is var symbol and >= 0 && (at < 0 || symbol < at))
        {
            (at, separator) = (symbol, 3);
        }
        if (at <= 0 || at + separator >= segment.Length)
        {
            return null;
        }
        var titleEnd = start + at;
        return EndsWithRoleNoun(text, start, titleEnd) && WordCount(text, start, titleEnd) <= MaxTitleWords && IsTitleLike(text, start, titleEnd)
            ? (titleEnd, titleEnd + separator)
            : null;
    }

    /// <summary>Most words of a header's first segment read as a title rather than a company.</summary>
    private const int MaxHeaderTitleWords = 6;

    /// <summary>
    /// Where the title ends when a header's first segment (or a header without segments) is a role, not a company: a short title
    /// line whose last word is a role noun that rarely ends a company's name (not "Engineering", "Expert", unless another role noun
    /// comes before: "Director of Engineering"). Null otherwise.
    /// </summary>
    private int? HeaderTitleEnd(string text, int start, int end)
    {
        var e = TitleEnd(text, start, end, inList: false, marked: false);
        if (e < 0 || WordCount(text, start, e) > MaxHeaderTitleWords)
        {
            return null;
        }
        var (wordStart, wordEnd) = LastWord(text, start, e);
        var last = text.AsSpan(wordStart, wordEnd - wordStart);
        if (!_roleNouns.Contains(last))
        {
            // "Machine Learning Engineer, LLM Platform": a title of two or more words, then a short capitalised qualifier.
            return HasCommaQualifier(text, start, e) ? e : null;
        }
        if (!CompanyNameNouns.Contains(last))
        {
            return e;
        }
        // "Director of Software Engineering": another role noun makes it a role after all.
        for (var t = new TokenReader(text, start, wordStart); t.Next();)
        {
            if (t.IsWord && _roleNouns.Contains(t.Span) && !CompanyNameNouns.Contains(t.Span))
            {
                return e;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether [start, end) is a title of two or more words ending in a role noun (not one that ends company names), a comma, and at
    /// most <see cref="MaxCommaQualifierWords"/> capitalised words: "Senior Software Engineer, Payments". "Acme Engineering, Inc." and
    /// "Engineers, we need you" are not.
    /// </summary>
    private bool HasCommaQualifier(string text, int start, int end)
    {
        var comma = text.IndexOf(", ", start, end - start, StringComparison.Ordinal);
        if (comma <= start || WordCount(text, start, comma) < 2 || WordCount(text, comma, end) > MaxCommaQualifierWords ||
            !IsTitleLike(text, start, end))
        {
            return false;
        }
        var (wordStart, wordEnd) = LastWord(text, start, comma);
        var noun = text.AsSpan(wordStart, wordEnd - wordStart);
        if (!_roleNouns.Contains(noun) || CompanyNameNouns.Contains(noun))
        {
            return false;
        }
        for (var t = new TokenReader(text, comma, end); t.Next();)
        {
            if (t.IsWord && !char.IsUpper(text[t.Start]))
            {
                return false;
            }
        }
        return true;
    }

    private const int MaxCommaQualifierWords = 3;

    /// <summary>Role nouns that end company names as often as titles ("Acme Engineering", "ROAS Expert", "Cloud Consultants").</summary>
    private static readonly WordSet CompanyNameNouns = new(
        "engineering", "expert", "experts", "consultant", "consultants", "specialist", "specialists", "owner", "officer", "partner", "partners");

    /// <summary>The end of a title-like prefix of a segment that ends at its first role noun, or null.</summary>
    private int? LeadingTitle(string text, int start, int end)
    {
        var words = 0;
        for (var t = new TokenReader(text, start, end); t.Next();)
        {
            if (!t.IsWord)
            {
                continue;
            }
            if (t.Span is "I")
            {
                return null; // "I'm the Lead DevOps engineer on the team": the poster, not a title ("Engineer I" ends at its noun)
            }
            if (++words > MaxTitleWords)
            {
                return null;
            }
            if (_roleNouns.Contains(t.Span))
            {
                return IsTitleLike(text, start, t.End) && !SentenceGoesOn(text, t.End, end) ? t.End : null;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the words after a role noun at <paramref name="at"/> carry on a sentence about it: "Fingerprint empowers developers to
    /// stop online fraud", "tools for engineers who ship". A title running into the body's first sentence is followed by that
    /// sentence's own start ("Backend engineers Metabase is open source").
    /// </summary>
    private static bool SentenceGoesOn(string text, int at, int end)
    {
        var rest = text.AsSpan(at, end - at).TrimStart(' ');
        var space = rest.IndexOf(' ');
        var next = space < 0 ? rest : rest[..space];
        return SentenceLinks.Contains(next);
    }

    /// <summary>Words that join a role noun to the rest of its sentence.</summary>
    private static readonly WordSet SentenceLinks = new("to", "who", "that", "which", "whose");

    /// <summary>
    /// The header's segments, where a family word after a title that only dashes separate qualifies it: "Software Engineer -
    /// Backend" is one role, as "Software Engineer, Backend" is ("Acme | Backend | Frontend" keeps its fields).
    /// </summary>
    /// <param name="qualified">Whether a title took the family word after it.</param>
    /// <remarks>The list is the thread's, refilled by the next call: <see cref="Find"/> and <see cref="Company"/> read it before they return.</remarks>
    private List<(int Start, int End)> HeaderSegments(string text, int start, int end, out bool qualified)
    {
        qualified = false;
        var segments = t_headerSegments ??= [];
        segments.Clear();
        Segments(text, start, end, segments);
        if (segments.Count < 2 || text.AsSpan(start, end - start).Contains('|'))
        {
            return segments;
        }
        for (var i = segments.Count - 1; i > 0; i--)
        {
            var (previousStart, previousEnd) = segments[i - 1];
            if (text.AsSpan(previousEnd, segments[i].Start - previousEnd).Trim() is "-" or "\u2013" or "\u2014" && IsLoneFamily(text, segments[i].Start, segments[i].End) &&
                HeaderTitleEnd(text, previousStart, previousEnd) == previousEnd && HasRoleNoun(text, previousStart, previousEnd))
            {
                segments[i - 1] = (previousStart, segments[i].End);
                segments.RemoveAt(i);
                qualified = true;
            }
        }
        return segments;
    }

    [ThreadStatic]
    private static List<(int Start, int End)>? t_headerSegments;

    private static void Segments(string text, int start, int end, List<(int Start, int End)> segments)
    {
        if (text.AsSpan(start, end - start).Contains('|'))
        {
            Segments(text, start, end, PipeMarks, static (t, i) => t[i] is '|' or '\u2022' or '\u00b7' ? 1 : 0, segments);
            return;
        }
        // "Acme / Sr. Android Developer / Full time / Berlin": without pipes, spaced slashes and dashes separate segments.
        Segments(text, start, end, SlashMarks, static (t, i) => t[i] == '/' && i + 1 < t.Length && t[i + 1] == ' ' ? 1 : 0, segments);
        if (segments.Count < 3)
        {
            segments.Clear();
            Segments(text, start, end, DashMarks, static (t, i) => i > 0 && t[i - 1] == ' ' && t[i] is '-' or '\u2013' or '\u2014' && i + 1 < t.Length && t[i + 1] == ' ' ? 1 : 0, segments);
        }
    }

    // The brackets (a separator inside them does not count) and the characters each kind of separator starts with: the header is
    // searched for these, not read a character at a time.
    private static readonly SearchValues<char> PipeMarks = SearchValues.Create("()[]|\u2022\u00b7");
    private static readonly SearchValues<char> SlashMarks = SearchValues.Create("()[]/");
    private static readonly SearchValues<char> DashMarks = SearchValues.Create("()[]-\u2013\u2014");

    /// <param name="marks">Brackets and every character at which <paramref name="separatorLength"/> can be positive.</param>
    /// <param name="segments">Where the segments are added.</param>
    private static void Segments(string text, int start, int end, SearchValues<char> marks, Func<string, int, int> separatorLength, List<(int Start, int End)> segments)
    {
        var s = start;
        var depth = 0;
        var i = start;
        while (true)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny(marks);
            i = next < 0 ? end : i + next;
            if (i < end && text[i] is '(' or '[')
            {
                depth++;
            }
            else if (i < end && text[i] is ')' or ']' && depth > 0)
            {
                depth--;
            }
            if (i == end || (depth == 0 && separatorLength(text, i) > 0))
            {
                var (a, b) = Trim(text, s, i);
                if (b > a)
                {
                    segments.Add((a, b));
                }
                s = i + 1;
            }
            if (i == end)
            {
                return;
            }
            i++;
        }
    }

    private bool IsTitleLike(string text, int start, int end)
    {
        var words = 0;
        var hasRole = false;
        for (var t = new TokenReader(text, start, end); t.Next();)
        {
            if (!t.IsWord)
            {
                continue;
            }
            words++;
            var word = t.Span;
            // "Sr. Data Engineer, US": the country, not the pronoun of "join us".
            if (_stopWords.Contains(word) && word is not "US")
            {
                return false;
            }
            hasRole = hasRole || IsRoleNoun(word, t.PreviousWord); // every word is read for stop words, one role noun is enough
        }
        if (!hasRole)
        {
            // Family words are phrases, matched on a list of tokens: made only here, where they are needed.
            using var scratch = TokenScratch.Tokenize(text, start, end);
            var tokens = scratch.Tokens;
            var families = Matches(_familyWords, text, tokens).Count;
            // "Backend, Full-Stack and SRE": family words alone make a role list when they are most of the segment; "Sr Full
            // Stack": so does one family word after a level. "Accounting, Security, HR, Marketing" lists departments.
            hasRole = ((families >= 2 && words <= families * 3) || (families == 1 && words <= 4 && Levels(text, tokens).Leading is not null)) &&
                Matches(_nonSoftwareWords, text, tokens).Count == 0;
        }
        return hasRole && words <= MaxTitleWords * 3;
    }

    /// <summary>Last words of a title that names a department or a group of openings, not a role: "Engineering", "Engineering Roles".</summary>
    private static readonly WordSet DepartmentWords = new(
        "engineering", "roles", "positions", "openings", "opportunities", "jobs", "team", "teams");

    /// <summary>
    /// True for a title such as "Engineering", "Software Engineering" or "Various Engineering roles": it ends with a department word
    /// and holds no role noun but "engineering" ("Director of Engineering" and "Engineering Manager" are roles).
    /// </summary>
    private bool IsDepartment(string title) => IsDepartment(title, 0, title.Length);

    /// <inheritdoc cref="IsDepartment(string)"/>
    private bool IsDepartment(string text, int start, int end)
    {
        // Cheapest test first: the last word, read off the text without tokenising it.
        var (wordStart, wordEnd) = LastWord(text, start, end);
        if (wordStart == wordEnd)
        {
            return false;
        }
        if (!DepartmentWords.Contains(text.AsSpan(wordStart, wordEnd - wordStart)))
        {
            return AreaWords.Contains(text.AsSpan(wordStart, wordEnd - wordStart)) && IsListOfAreas(text, start, end);
        }
        for (var t = new TokenReader(text, start, end); t.Next();)
        {
            if (t.IsWord && _roleNouns.Contains(t.Span) && !t.Span.Equals("engineering", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Areas a company is organised in: joined, they name departments ("Engineering/Product/Design", "Engineering &amp; Growth").</summary>
    private static readonly WordSet AreaWords = new(
        "engineering", "product", "design", "data", "growth", "marketing", "sales", "operations", "ops", "research", "analytics", "finance", "people",
        "support", "legal");

    /// <summary>Whether [start, end) is two or more <see cref="AreaWords"/> and nothing else but separators and "and".</summary>
    private static bool IsListOfAreas(string text, int start, int end)
    {
        var areas = 0;
        for (var t = new TokenReader(text, start, end); t.Next();)
        {
            if (!t.IsWord)
            {
                continue;
            }
            if (AreaWords.Contains(t.Span))
            {
                areas++;
            }
            else if (!t.Span.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return areas >= 2;
    }

    /// <summary>
    /// The titles, each once: by <see cref="DistinctKey"/> and the bracket that qualifies it ("Software Engineer (Backend)" and
    /// "Software Engineer (Frontend)" are two roles; the bracket is no part of the title, <see cref="BracketAfter"/>).
    /// </summary>
    private List<TitleSpan> Distinct(string text, List<TitleSpan> titles)
    {
        var result = new List<TitleSpan>(titles.Count);
        // A posting names few titles: their keys are compared in a list, not a hashed set, and a lone title needs no key.
        var seen = titles.Count > 1 ? new List<string>(titles.Count) : null;
        foreach (var found in titles)
        {
            var t = WithoutTrailingPlace(text, WithoutOpeningWords(text, found));
            if (t.Title.Length <= 1)
            {
                continue;
            }
            if (seen is not null)
            {
                var key = BracketAfter(text, t.End) is { } bracket
                    ? $"{DistinctKey(t.Title)} ({DistinctKey(text[bracket.Start..bracket.End])})"
                    : DistinctKey(t.Title);
                if (Seen(seen, key))
                {
                    continue;
                }
                seen.Add(key);
            }
            result.Add(t);
        }
        return result;
    }

    private static bool Seen(List<string> keys, string key)
    {
        foreach (var k in keys)
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The inside of a bracket right after a title ("Software Engineer (Backend)"), on its line and short, or null.</summary>
    /// <summary>
    /// A title without the words that count or label openings rather than name a role: "Open roles: Software Engineer", "Staff ML
    /// Engineer Roles", "Engineering Manager + Other Roles", "Data Engineers, & multiple other roles". Unchanged when nothing with a
    /// role noun would be left ("Engineering Roles"). A title written as is keeps its span on what is left.
    /// </summary>
    private TitleSpan WithoutOpeningWords(string text, TitleSpan t)
    {
        var title = t.Title;
        if (title.AsSpan().IndexOfAny(OpeningWordStarts) < 0)
        {
            return t;
        }
        var label = OpeningsLabel().Match(title);
        var rest = label.Success ? title[label.Length..] : title;
        var cleaned = OpeningWords().Replace(rest, "").Trim(OpeningSeparators);
        // "Engineering Roles", "All Eng Roles": a department is left, which names no role either.
        if (cleaned.Length == 0 || cleaned.Length == title.Length || !HasRoleNoun(cleaned, 0, cleaned.Length) || IsDepartment(cleaned) ||
            LastWord(cleaned, 0, cleaned.Length) is var (wordStart, wordEnd) && cleaned.AsSpan(wordStart, wordEnd - wordStart).Equals("eng", StringComparison.OrdinalIgnoreCase))
        {
            return t;
        }
        var at = title.IndexOf(cleaned, StringComparison.Ordinal);
        var asWritten = t.End - t.Start == title.Length && text.AsSpan(t.Start, title.Length).SequenceEqual(title);
        // "Data Engineers, & multiple other roles": the list's plural was kept while words followed it.
        return asWritten && at >= 0
            ? t with { Title = Singular(cleaned), Start = t.Start + at, End = t.Start + at + cleaned.Length }
            : t with { Title = Singular(cleaned) };
    }

    /// <summary>"Sr. Data Engineer, US", "Backend Engineer, Remote": a region after the last comma says where, not what.</summary>
    private static TitleSpan WithoutTrailingPlace(string text, TitleSpan t)
    {
        var comma = t.Title.LastIndexOf(',');
        if (comma <= 0 || !TrailingPlace().IsMatch(t.Title.AsSpan(comma)))
        {
            return t;
        }
        var title = t.Title[..comma].TrimEnd();
        var asWritten = t.End - t.Start == t.Title.Length && text.AsSpan(t.Start, t.Title.Length).SequenceEqual(t.Title);
        return asWritten ? t with { Title = title, End = t.Start + title.Length } : t with { Title = title };
    }

    [GeneratedRegex(@"^,\s*(?:(?-i:US|USA|UK|EU|EMEA|APAC|LATAM)|remote|canada|europe|worldwide|global)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPlace();

    /// <summary>What is left around a title when its opening words go: "openings - Platform engineer", "Software Engineer +".</summary>
    private static readonly char[] OpeningSeparators = [' ', ',', '&', '+', '/', '-', ':', '\u2013', '\u2014'];

    /// <summary>Every <see cref="OpeningsLabel"/> and <see cref="OpeningWords"/> match holds one of these (case-insensitively).</summary>
    private static readonly SearchValues<string> OpeningWordStarts =
        SearchValues.Create(["role", "position", "opening", "opportunit", "vacanc"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A label of openings that a title starts with: "Open roles: ", "Full-Time Positions: ", "Roles: ".</summary>
    [GeneratedRegex(@"^(?:[\w-]+\s+){0,2}?(?:roles?|positions?|openings?|opportunities|vacancies)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningsLabel();

    /// <summary>Words that count openings inside or after a title: " Roles", " + Other Roles", ", & multiple other roles".</summary>
    [GeneratedRegex(@"\s*(?:[,&+/]\s*)*(?:\b(?:and|or)\s+)?(?:\b(?:multiple|many|several|all|other|more|various|open)\s+)*\b(?:roles|positions|openings|opportunities|vacancies)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningWords();

    internal static Cue? BracketAfter(string text, int titleEnd)
    {
        var open = titleEnd;
        while (open < text.Length && text[open] is ' ' or '\t')
        {
            open++;
        }
        if (open >= text.Length || text[open] is not ('(' or '['))
        {
            return null;
        }
        var closing = text[open] == '(' ? ')' : ']';
        var length = Math.Min(MaxQualifierLength, text.Length - open - 1);
        var close = text.AsSpan(open + 1, length).IndexOfAny(closing, '\n');
        return close > 0 && text[open + 1 + close] == closing ? new Cue(open + 1, open + 1 + close) : null;
    }

    /// <summary>The longest bracket after a title read as its qualifier ("(Platform)", "(Python/Django)", "(Frontend, React)").</summary>
    private const int MaxQualifierLength = 40;


    private static readonly SearchValues<string> Fullstack = SearchValues.Create(["fullstack"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A title's words joined by single spaces (spaces, hyphens and non-breaking hyphens all separate), "fullstack" read as
    /// "full stack": "Full-Stack Engineer" and "Fullstack  engineer" are one title.
    /// </summary>
    internal static string DistinctKey(string title)
    {
        Span<char> buffer = title.Length <= 256 ? stackalloc char[title.Length] : new char[title.Length];
        var length = 0;
        foreach (var c in title)
        {
            if (c is ' ' or '-' or '\u2011')
            {
                if (length > 0 && buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                }
            }
            else
            {
                buffer[length++] = c;
            }
        }
        if (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }
        var key = buffer[..length];
        return key.IndexOfAny(Fullstack) >= 0
            ? key.ToString().Replace("fullstack", "full stack", StringComparison.OrdinalIgnoreCase)
            : key.ToString();
    }

    private static (int, int) Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '-' or '–' or ',' or ':' or '*' or '|'))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '-' or '–' or ',' or ':' or '.' or '!' or '|'))
        {
            end--;
        }
        return (start, end);
    }

    private static int WordCount(ReadOnlySpan<char> text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var w = !char.IsWhiteSpace(text[i]);
            if (w && !inWord)
            {
                count++;
            }
            inWord = w;
        }
        return count;
    }
}

/// <summary>A role title as the posting writes it, and where; <see cref="FromBody"/> when read from running text, not a title or header.</summary>
public readonly record struct TitleSpan(string Title, int Start, int End, bool FromBody)
{
    /// <summary>Found in a hiring sentence of the body ("we're looking for a senior software engineer"), not in a header or a list.</summary>
    public bool InSentence { get; init; }

    /// <summary>Where the list or sentence that names this title starts: titles with the same value were written together.</summary>
    public int List { get; init; }
}
