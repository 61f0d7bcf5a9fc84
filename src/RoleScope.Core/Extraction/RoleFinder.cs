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

    /// <summary>Body lines scanned for title-like bullets; beyond this a posting is describing, not listing.</summary>
    private const int MaxBulletTitles = 12;

    private readonly FrozenSet<string> _roleNouns;
    private readonly FrozenSet<string> _stopWords;
    private readonly FrozenSet<string> _noiseWords;
    private readonly PhraseTrie<bool> _familyWords = new();
    private readonly PhraseTrie<bool> _seniorityWords = new();
    private readonly PhraseTrie<bool> _nonSoftwareWords = new();

    public RoleFinder(RolePatterns patterns)
    {
        _roleNouns = patterns.RoleNouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _stopWords = patterns.TitleStopWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _noiseWords = patterns.LeadingNoiseWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
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

    private const string HiringListPattern =
        @"\b(?:hiring(?:\s+for)?|looking\s+(?:for|to\s+hire)|seek(?:s|ing)|searching\s+for|recruiting|need|hire|open\s+roles?(?:\s+for)?|positions?\s+for|vacanc(?:y|ies)\s+for|openings?\s+for|roles?\s+for)[^\S\n]*[:-]?[^\S\n]+(?:an?\s+|the\s+|several\s+|multiple\s+|two\s+|three\s+|four\s+|a\s+few\s+|more\s+|experienced\s+|talented\s+|passionate\s+|strong\s+|great\s+|skilled\s+)*(?<list>[^!?\n:;|]{2,110}?\b(?:engineers?|developers?|designers?|scientists?|managers?|SREs?|SWEs?|(?<![,/&]\s*)leads?|leads?(?!\s*(?:,|/|&|\band\b|\bor\b))|architects?|analysts?|interns?|programmers?|researchers?))\b(?!\s+roles?\b)";

    [GeneratedRegex(HiringListPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringList();

    /// <summary>Every <see cref="HiringList"/> match starts with one of these words (case-insensitive regex matching also takes the
    /// Kelvin sign for 'k', so a text holding one is searched from the start).</summary>
    private static readonly SearchValues<string> HiringWords = SearchValues.Create(
        ["hiring", "looking", "seek", "searching", "recruiting", "need", "hire", "open", "position", "vacanc", "role"], StringComparison.OrdinalIgnoreCase);

    /// <summary><see cref="HiringList"/> tried at one position only (<c>\G</c>): at a word that can start a match.</summary>
    [GeneratedRegex(@"\G(?:" + HiringListPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringListAt();

    /// <summary>
    /// The next <see cref="HiringList"/> match from <paramref name="from"/>. Every match starts at one of
    /// <see cref="HiringWords"/>, so the pattern is tried at each of them in turn, not at every position after the first (a
    /// scan to the end of the text whenever "need" or "open" starts no list).
    /// </summary>
    private static Match? NextHiringList(string text, int from)
    {
        if (from >= text.Length)
        {
            return null;
        }
        if (text.Contains('\u212A'))
        {
            for (var m = HiringList().Match(text, from); m.Success; m = m.NextMatch())
            {
                if (SentenceStop(m.Groups["list"].ValueSpan, MinSentenceWordLetters) < 0)
                {
                    return m;
                }
            }
            return null;
        }
        for (var i = from; i < text.Length; i++)
        {
            var word = text.AsSpan(i).IndexOfAny(HiringWords);
            if (word < 0)
            {
                return null;
            }
            i += word;
            // The list may hold dotted names ("Vue.JS", "Sr. Engineers") but not end a sentence: one test here, not a lookahead at
            // every character of the pattern's loop.
            if (HiringListAt().Match(text, i) is { Success: true } m && SentenceStop(m.Groups["list"].ValueSpan, MinSentenceWordLetters) < 0)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>What separates the parts of a role list: commas, "and", "or", "&amp;", a spaced slash, and a "+" that is not part of a
    /// name or a number ("Senior + Staff", "Backend+DevOps"; not "C++" nor "7.4+").</summary>
    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bor\b|\s/\s|(?<![+\d])\+(?!\+))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"https?://\S+|\bwww\.\S+|\([^)]*\)|\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    /// <summary>Role title spans in order of appearance, distinct by title.</summary>
    public List<TitleSpan> Find(PostingText posting)
    {
        var text = posting.Text;
        var titles = new List<TitleSpan>();
        if (posting.HasTitle)
        {
            SplitList(text, posting.Header.Start, posting.Header.End, titles, keepWhole: true);
            return Distinct(titles);
        }
        var header = posting.Header;
        var segments = Segments(text, header.Start, header.End);
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
            foreach (var (s, e) in segments.Skip(1))
            {
                if (IsTitleLike(text, s, e))
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
        else if (HeaderTitleEnd(text, header.Start, header.End) is { } headerEnd)
        {
            // "Director of Software Engineering" alone on the first line.
            SplitList(text, header.Start, headerEnd, titles, keepWhole: false);
        }
        for (var m = NextHiringList(text, 0); m is not null; m = NextHiringList(text, m.Index + m.Length))
        {
            var list = m.Groups["list"];
            // "what we need right now is for an Infrastructure Lead": the list starts after the last sentence word.
            var start = AfterLastStopWord(text, list.Index, list.Index + list.Length);
            // "practices that lead to better security": a lone "lead" or "head" after a sentence word is a verb or a body part.
            if (!VerbLikeNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, list.Index + list.Length - start).Trim()))
            {
                SplitList(text, start, list.Index + list.Length, titles, keepWhole: false, fromBody: true);
            }
        }
        // From the start: a header segment can hold one too ("Multiple roles including Solutions Engineer and Solutions Architect").
        FindColonLists(text, 0, titles);
        FindBulletTitles(text, header.End, titles);
        titles.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (titles.Exists(t => !IsDepartment(t.Title)))
        {
            // "Acme | Engineering | Remote" then "- Frontend Engineer": the header named the department, the list names the roles.
            titles.RemoveAll(t => IsDepartment(t.Title));
        }
        return Distinct(titles);
    }

    /// <summary>
    /// The company: the first header segment of a title-less post ("Acme (YC W21) | ...", "Senior Engineer at Acme | ..."), without
    /// links.
    /// </summary>
    public (string Company, int Start, int End)? Company(PostingText posting)
    {
        if (posting.HasTitle)
        {
            return null;
        }
        var segments = Segments(posting.Text, posting.Header.Start, posting.Header.End);
        if (segments.Count < 2)
        {
            return null;
        }
        var (s, e) = segments[0];
        if (RoleAtCompany(posting.Text, s, e) is { } split)
        {
            s = split.CompanyStart;
        }
        else if (HeaderTitleEnd(posting.Text, s, e) is not null)
        {
            return null; // the first segment is the role
        }
        var raw = posting.Text[s..e];
        var cut = raw.IndexOfAny(['(', '[']);
        var http = raw.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        if (http >= 0 && (cut < 0 || http < cut))
        {
            cut = http;
        }
        var name = (cut >= 0 ? raw[..cut] : raw).Trim().TrimEnd('-', '–', ',', ':').Trim();
        return name.Length is > 0 and <= 80 ? (name, s, s + name.Length) : null;
    }

    /// <summary>
    /// A first header segment that names the role, then the company after " at " or " @ " ("Senior Backend Engineer at UpMetrics",
    /// "Founding Engineer @ Altimate AI"): where the title ends and the company starts, or null.
    /// </summary>
    private (int TitleEnd, int CompanyStart)? RoleAtCompany(string text, int start, int end)
    {
        var segment = text.AsSpan(start, end - start);
        var at = segment.IndexOf(" at ", StringComparison.OrdinalIgnoreCase);
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
        var wordEnd = e;
        while (wordEnd > start && !Tokenizer.IsWordChar(text[wordEnd - 1]))
        {
            wordEnd--;
        }
        var wordStart = wordEnd;
        while (wordStart > start && Tokenizer.IsWordChar(text[wordStart - 1]))
        {
            wordStart--;
        }
        var last = text.AsSpan(wordStart, wordEnd - wordStart);
        if (!_roleNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last))
        {
            return null;
        }
        if (!CompanyNameNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last))
        {
            return e;
        }
        // "Director of Software Engineering": another role noun makes it a role after all.
        using var scratch = TokenScratch.Tokenize(text, start, wordStart);
        foreach (var t in scratch.Tokens)
        {
            var word = t.Span(text);
            if (t.IsWord && _roleNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !CompanyNameNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return e;
            }
        }
        return null;
    }

    /// <summary>Role nouns that name a level when a list part is only them ("junior, lead, and senior engineers").</summary>
    private static readonly FrozenSet<string> LevelNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "lead", "leads");

    /// <summary>Role nouns that are verbs or plain nouns as often: alone at the end of a hiring sentence they name no role.</summary>
    private static readonly FrozenSet<string> VerbLikeNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "lead", "leads", "head", "heads");

    /// <summary>Role nouns that end company names as often as titles ("Acme Engineering", "ROAS Expert", "Cloud Consultants").</summary>
    private static readonly FrozenSet<string> CompanyNameNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "engineering", "expert", "experts", "consultant", "consultants", "specialist", "specialists", "owner", "officer", "partner", "partners");

    /// <summary>The end of a title-like prefix of a segment that ends at its first role noun, or null.</summary>
    private int? LeadingTitle(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        var words = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord)
            {
                continue;
            }
            if (++words > MaxTitleWords)
            {
                return null;
            }
            if (_roleNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Span(text)))
            {
                return IsTitleLike(text, start, t.End) ? t.End : null;
            }
        }
        return null;
    }

    private static List<(int Start, int End)> Segments(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).Contains('|'))
        {
            return Segments(text, start, end, PipeMarks, static (t, i) => t[i] is '|' or '\u2022' or '\u00b7' ? 1 : 0);
        }
        // "Acme / Sr. Android Developer / Full time / Berlin": without pipes, spaced slashes and dashes separate segments.
        var slashes = Segments(text, start, end, SlashMarks, static (t, i) => t[i] == '/' && i + 1 < t.Length && t[i + 1] == ' ' ? 1 : 0);
        return slashes.Count >= 3 ? slashes
            : Segments(text, start, end, DashMarks, static (t, i) => i > 0 && t[i - 1] == ' ' && t[i] is '-' or '\u2013' or '\u2014' && i + 1 < t.Length && t[i + 1] == ' ' ? 1 : 0);
    }

    // The brackets (a separator inside them does not count) and the characters each kind of separator starts with: the header is
    // searched for these, not read a character at a time.
    private static readonly SearchValues<char> PipeMarks = SearchValues.Create("()[]|\u2022\u00b7");
    private static readonly SearchValues<char> SlashMarks = SearchValues.Create("()[]/");
    private static readonly SearchValues<char> DashMarks = SearchValues.Create("()[]-\u2013\u2014");

    /// <param name="marks">Brackets and every character at which <paramref name="separatorLength"/> can be positive.</param>
    private static List<(int Start, int End)> Segments(string text, int start, int end, SearchValues<char> marks, Func<string, int, int> separatorLength)
    {
        var segments = new List<(int, int)>();
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
                return segments;
            }
            i++;
        }
    }

    private bool IsTitleLike(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        var words = 0;
        var hasRole = false;
        foreach (var t in tokens)
        {
            if (!t.IsWord)
            {
                continue;
            }
            words++;
            var word = t.Span(text);
            if (_stopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }
            hasRole |= _roleNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }
        if (!hasRole)
        {
            var families = Matches(_familyWords, text, tokens).Count;
            // "Backend, Full-Stack and SRE": family words alone make a role list when they are most of the segment; "Sr Full
            // Stack": so does one family word after a level. "Accounting, Security, HR, Marketing" lists departments.
            hasRole = ((families >= 2 && words <= families * 3) || (families == 1 && words <= 4 && LeadingLevel(text, start, end) is not null)) &&
                Matches(_nonSoftwareWords, text, tokens).Count == 0;
        }
        return hasRole && words <= MaxTitleWords * 3;
    }

    /// <summary>
    /// Title lines of the body: bullets ("- Senior Backend Engineer"), linked lines ("Backend Engineer: https://..."), the plain
    /// lines of a list that a line such as "We're hiring for:" introduces, up to the first line that is not a title, and runs of
    /// two or more plain title lines ("Developer Advocate", then "Senior Software Engineer - Feeds").
    /// </summary>
    private void FindBulletTitles(string text, int from, List<TitleSpan> titles)
    {
        var found = 0;
        var lineStart = from;
        var inList = false;
        (int Start, int End)? pending = null;
        while (lineStart < text.Length && found < MaxBulletTitles)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var s = lineStart;
            var marker = BulletLength(text, s, lineEnd);
            var bullet = marker > 0;
            // Every link marker holds "http": most lines are turned away by one search.
            var linked = !bullet && text.AsSpan(s, lineEnd - s).Contains("http", StringComparison.Ordinal) && IndexOfAny(text, s, lineEnd, LinkMarkers) > s;
            var plain = !bullet && !linked && !inList && lineEnd - s <= MaxPlainTitleLength;
            var blank = text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            var listed = false;
            (int Start, int End)? plainTitle = null;
            if (bullet || linked || inList || plain)
            {
                s += marker;
                if (plain && IsTitleList(text, s, lineEnd))
                {
                    // "Data Engineer, SRE, Product Designer/Manager": a line that lists titles and nothing else.
                    found += AddTitles(text, s, lineEnd, titles);
                    listed = true;
                    lineStart = lineEnd + 1;
                    inList = true;
                    pending = null;
                    continue;
                }
                var e = TitleEnd(text, s, lineEnd, inList, marked: bullet || linked);
                if (e > s && plain)
                {
                    plainTitle = (s, e);
                    if (pending is { } first)
                    {
                        // A second plain title line in a row: the two start a list.
                        found += AddTitles(text, first.Start, first.End, titles) + AddTitles(text, s, e, titles);
                        plainTitle = null;
                        listed = true;
                    }
                }
                else if (e > s)
                {
                    found += AddTitles(text, s, e, titles);
                    listed = inList;
                }
            }
            pending = plainTitle ?? (blank ? pending : null);
            // A blank line (paragraphs are separated by one) keeps a list going.
            inList = listed || (inList && blank) || IntroducesList(text, lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>A plain line longer than this is a sentence, not a title (bullets and linked lines are cut first).</summary>
    private const int MaxPlainTitleLength = 120;

    /// <summary>
    /// Where the title of a line that starts at <paramref name="start"/> ends, or -1 when the line holds none: cut at its first
    /// title end, then short, ending with a role noun and title-like. An unmarked line of one word ("Engineering") heads a group of a
    /// list, it is no title.
    /// </summary>
    private int TitleEnd(string text, int start, int lineEnd, bool inList, bool marked)
    {
        var e = lineEnd;
        // "Senior Backend Engineer: https://...", "Senior Backend Engineer - Remote", "Cloud Ops Developer | U.S."
        var cut = TitleCut(text, start, e);
        if (cut > start)
        {
            e = cut;
        }
        // In a list a hire may be described after the title: "- Full stack web dev to rebuild our prototype".
        cut = inList ? IndexOfAny(text, start, e, ListTitleEnds) : -1;
        if (cut > start)
        {
            e = cut;
        }
        // Cheapest test first: most lines end with no role noun ("- Python", prose), and most that do are sentences.
        if (!EndsWithRoleNounOrQualifier(text, start, e))
        {
            return -1;
        }
        var words = WordCount(text, start, e);
        return words <= MaxTitleWords && (marked || words >= 2) && IsTitleLike(text, start, e) ? e : -1;
    }

    /// <summary>True when [start, end) holds two or more comma parts outside brackets and each is a title.</summary>
    private bool IsTitleList(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).IndexOf(',') < 0)
        {
            return false;
        }
        var parts = Segments(text, start, end, ListMarks, static (t, i) => t[i] is ',' or ';' ? 1 : 0);
        return parts.Count >= 2 && parts.TrueForAll(p => TitleEnd(text, p.Start, p.End, inList: false, marked: true) == p.End);
    }

    /// <summary>The titles of one list item, read from running text; returns how many were added.</summary>
    private int AddTitles(string text, int start, int end, List<TitleSpan> titles)
    {
        var before = titles.Count;
        SplitList(text, start, end, titles, keepWhole: false, fromBody: true);
        return titles.Count - before;
    }

    /// <summary>
    /// "Open positions: X, Y and Z", "hiring for several roles: X, Y", "roles (see https://...), including X, Y", "Looking for: X | Y":
    /// a word for openings, then a colon (not a link's) or "including", or a hiring word and a colon, then a list on the same line.
    /// </summary>
    [GeneratedRegex(@"\b(?:positions|openings|roles|vacancies|opportunities)\b(?:[^:.!?\n]|[.:](?=/*\w)){0,100}?(?::(?!/)|\bincluding\b)[^\S\n]*(?=\S)|\b(?:including|hiring(?:\s+for)?|looking\s+for|seeking)\s*:[^\S\n]*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColonListStart();

    /// <summary>
    /// The titles of lists that follow a colon on the line that announces them ("Open Positions: Senior Engineer (Full Stack,
    /// Backend), Growth Engineer, and more!"). Each comma, semicolon or pipe part outside brackets is read as a bullet is: cut at its
    /// first title end, and kept only when it is short, ends with a role noun and is title-like.
    /// </summary>
    private void FindColonLists(string text, int from, List<TitleSpan> titles)
    {
        foreach (var m in ColonListStart().EnumerateMatches(text.AsSpan(from)))
        {
            var start = from + m.Index + m.Length;
            var lineEnd = text.IndexOf('\n', start);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            foreach (var (s, partEnd) in Segments(text, start, lineEnd, ListMarks, static (t, i) => t[i] is ',' or ';' or '|' ? 1 : 0))
            {
                if (TitleEnd(text, s, partEnd, inList: false, marked: true) is var e and > 0)
                {
                    AddTitles(text, s, e, titles);
                }
            }
        }
    }

    private static readonly SearchValues<char> ListMarks = SearchValues.Create("()[],;|");

    /// <summary>The length of a line's list marker with its space ("- ", "* ", "• ", "1. ", "2) "), or 0 for none.</summary>
    private static int BulletLength(string text, int start, int end)
    {
        if (end - start > 2 && text[start] is '-' or '*' or '\u2022' && text[start + 1] == ' ')
        {
            return 2;
        }
        return end - start > 3 && char.IsAsciiDigit(text[start]) && text[start + 1] is '.' or ')' && text[start + 2] == ' ' ? 3 : 0;
    }

    /// <summary>Words of a line that introduces a list of roles on the lines after it ("We're hiring for:", "Open positions -").</summary>
    private static readonly SearchValues<string> ListIntroWords = SearchValues.Create(
        ["hiring", "looking for", "seeking", "roles", "positions", "openings", "following", "vacancies"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a line that ends with a colon or a dash and names hiring or roles: the lines after it may be plain titles.</summary>
    private static bool IntroducesList(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start).TrimEnd();
        return line.Length > 0 && line[^1] is ':' or '-' or '\u2013' or '\u2014' && line.IndexOfAny(ListIntroWords) >= 0;
    }

    /// <summary>
    /// Whether the span ends with a role noun, or its part of two or more words before the first comma does ("ML Engineer,
    /// Creative Tools": the rest qualifies the role).
    /// </summary>
    private bool EndsWithRoleNounOrQualifier(string text, int start, int end)
    {
        if (EndsWithRoleNoun(text, start, end))
        {
            return true;
        }
        // One word before the comma is too little: "Director, People Experience" is no engineering role.
        var comma = text.IndexOf(", ", start, end - start, StringComparison.Ordinal);
        return comma > start && WordCount(text, start, comma) >= 2 && EndsWithRoleNoun(text, start, comma);
    }

    /// <summary>Whether the last word (token word: letters and digits) of the span is a role noun or a short capitalised one ("SRE").</summary>
    private bool EndsWithRoleNoun(string text, int start, int end)
    {
        var wordEnd = end;
        while (wordEnd > start && !Tokenizer.IsWordChar(text[wordEnd - 1]))
        {
            wordEnd--;
        }
        if (wordEnd == start)
        {
            return false;
        }
        var wordStart = wordEnd - 1;
        while (wordStart > start && Tokenizer.IsWordChar(text[wordStart - 1]))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        return _roleNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word.Length <= 4 && IsUpperInvariant(word);
    }

    /// <summary>True when upper-casing (invariant culture) leaves the word as it is.</summary>
    private static bool IsUpperInvariant(ReadOnlySpan<char> word)
    {
        Span<char> upper = stackalloc char[word.Length];
        word.ToUpperInvariant(upper);
        return word.SequenceEqual(upper);
    }

    /// <summary>
    /// Splits "Backend, Frontend and Full-Stack Engineers" into one title per role, giving the trailing noun to parts without
    /// one; a part that is neither a role nor a family word belongs to the part before it ("Director of Science and Information
    /// Management" stays one title).
    /// </summary>
    private void SplitList(string text, int start, int end, List<TitleSpan> titles, bool keepWhole, bool fromBody = false)
    {
        var cleaned = WithoutNoise(text, start, end);
        var stop = SentenceStop(cleaned);
        if (stop > 0)
        {
            // "Full Stack Developers. Product Manager. Growth." lists sentences: each is its own list.
            SplitList(text, start, start + stop, titles, keepWhole, fromBody);
            SplitList(text, start + stop + 2, end, titles, keepWhole, fromBody);
            return;
        }
        var parts = new List<(int Start, int End)>();
        var s = 0;
        foreach (var sep in ListSeparator().EnumerateMatches(cleaned))
        {
            parts.Add((s, sep.Index));
            s = sep.Index + sep.Length;
        }
        parts.Add((s, cleaned.Length));
        var pieces = new List<(int Start, int End, bool HasNoun, bool IsFamily)>();
        (string Text, int Start)? pendingLevel = null;
        var levels = new List<(int Piece, string Level, int Start)>();
        int? orphanStart = null;
        var orphanEnd = 0;
        for (var partIndex = 0; partIndex < parts.Count; partIndex++)
        {
            var (a, b) = parts[partIndex];
            var (ta, tb) = Trim(cleaned, a, b);
            if (tb <= ta)
            {
                continue;
            }
            ta = SkipNoise(text, start + ta, start + tb) - start;
            if (tb <= ta)
            {
                continue;
            }
            var hasNoun = HasRoleNoun(text, start + ta, start + tb);
            var isFamily = !hasNoun && IsFamilyWord(text, start + ta, start + tb);
            // "junior, lead, and senior-level engineers", "Director, Lead and Senior engineers": "lead" alone is a level when a part
            // follows it ("Director" and "Intern" alone stay roles).
            var levelWord = (!hasNoun && !isFamily) ||
                (partIndex < parts.Count - 1 && LevelNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(cleaned.AsSpan(ta, tb - ta)));
            if (levelWord && IsSeniorityWord(text, start + ta, start + tb))
            {
                // "Senior & Staff Software Engineers": a level alone shares the next part's role.
                pendingLevel ??= (text[(start + ta)..(start + tb)], start + ta);
                continue;
            }
            if (pendingLevel is not null && hasNoun)
            {
                levels.Add((pieces.Count, pendingLevel.Value.Text, pendingLevel.Value.Start));
                pendingLevel = null;
            }
            if (!hasNoun && !isFamily && pieces.Count > 0)
            {
                var last = pieces[^1];
                pieces[^1] = (last.Start, start + tb, last.HasNoun, last.IsFamily);
                continue;
            }
            if (!hasNoun && !isFamily)
            {
                // "Senior Search and Data Engineer", "Senior PL / ML Engineers": in a title or header, a short first part that names
                // no role, joined by "and", "&", "+" or "/", qualifies the next one; dropping it would drop its level too. A comma
                // or "or" lists something else ("Full-time or Intern"), and running text is prose ("highly experienced and ...").
                // A level inside it but not leading it ("Variety of Senior + Staff ...") is left to the levels of the list.
                if (!fromBody && pieces.Count == 0 && orphanStart is null && WordCount(cleaned, ta, tb) <= MaxOrphanWords &&
                    Levels(text, start + ta, start + tb) is not (true, null))
                {
                    orphanStart = start + ta;
                    orphanEnd = b;
                }
                continue;
            }
            var joinsOrphan = orphanStart is not null && JoinsTitle(cleaned.AsSpan(orphanEnd, a - orphanEnd));
            pieces.Add((joinsOrphan ? orphanStart!.Value : start + ta, start + tb, hasNoun, isFamily));
            orphanStart = null;
        }
        MergeQualifiers(pieces);
        if (keepWhole && pieces.Count(p => p.HasNoun || p.IsFamily) <= 1)
        {
            // A title field is one role unless it really lists several.
            var (a, b) = Trim(text, start, end);
            titles.Add(new TitleSpan(text[a..b], a, b, fromBody));
            return;
        }
        // "Senior Backend and Frontend Engineers": a level leading a list whose first part borrows the shared noun is every part's.
        // Only the parts up to the one that gives the noun share it: in "Sr Full Stack / C Engineer, Developer Advocate" the advocate
        // is another list item.
        var sharedLevel = pieces.Count > 1 && pieces[0].IsFamily ? LeadingLevel(text, pieces[0].Start, pieces[0].End) : null;
        var nounGiver = pieces.FindIndex(p => p.HasNoun);
        for (var i = 0; i < pieces.Count; i++)
        {
            var (a, b, hasNoun, isFamily) = pieces[i];
            var levelPrefix = i > 0 && (nounGiver < 0 || i <= nounGiver) && sharedLevel is not null && LeadingLevel(text, a, b) is null &&
                !levels.Any(l => l.Piece == i) ? sharedLevel + " " : "";
            if (hasNoun)
            {
                foreach (var (_, level, levelStart) in levels.Where(l => l.Piece == i))
                {
                    // The span runs from the level word to the shared role: "Senior & Staff Software Engineers". A part that is all
                    // level ("Intern" after "Principal, Sr,") has no role to share.
                    if (WithoutLeadingLevel(text, a, b) is { Length: > 0 } role)
                    {
                        titles.Add(new TitleSpan(level + " " + Singular(role), levelStart, b, fromBody));
                    }
                }
                // A borrowed level's span runs from that level word: "Senior Backend and Frontend Engineers".
                titles.Add(new TitleSpan(levelPrefix + Singular(text[a..b]), levelPrefix.Length > 0 ? pieces[0].Start : a, b, fromBody));
            }
            else if (isFamily)
            {
                var noun = TrailingNoun(text, pieces.Select(p => (p.Start, p.End, p.HasNoun)).ToList(), i) ?? "Engineer";
                titles.Add(new TitleSpan(levelPrefix + text[a..b] + " " + noun, levelPrefix.Length > 0 ? pieces[0].Start : a, b, fromBody));
            }
        }
    }

    /// <summary>Most words of a leading part that qualifies the role after it ("Senior Search and Data Engineer").</summary>
    private const int MaxOrphanWords = 3;

    /// <summary>True for a separator that joins two parts of one title: "/", "&amp;", "+" or "and".</summary>
    private static bool JoinsTitle(ReadOnlySpan<char> separator)
    {
        var s = separator.Trim();
        return s is "/" or "&" or "+" || s.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The text of [<paramref name="start"/>, <paramref name="end"/>) with links and bracketed asides blanked (offsets kept).
    /// Every <see cref="Noise"/> match holds "http", "www." or an opening bracket: a part with none of them is copied as is.
    /// </summary>
    private static string WithoutNoise(string text, int start, int end)
    {
        var part = text.AsSpan(start, end - start);
        if (part.IndexOfAny('(', '[') < 0 && !part.Contains("http", StringComparison.Ordinal) && !part.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return part.ToString();
        }
        var chars = part.ToArray();
        foreach (var m in Noise().EnumerateMatches(part))
        {
            Array.Fill(chars, ' ', m.Index, m.Length);
        }
        return new string(chars);
    }

    /// <summary>
    /// A family word after the last role in a list qualifies it rather than naming another role: "Software Engineer, Backend",
    /// "Engineering Manager, Mobile". Before a role it is one of a list sharing that role's noun ("Backend, Frontend Engineers").
    /// </summary>
    private static void MergeQualifiers(List<(int Start, int End, bool HasNoun, bool IsFamily)> pieces)
    {
        var lastNoun = pieces.FindLastIndex(p => p.HasNoun);
        if (lastNoun < 0)
        {
            return;
        }
        for (var i = pieces.Count - 1; i > lastNoun; i--)
        {
            if (pieces[i].IsFamily)
            {
                var previous = pieces[i - 1];
                pieces[i - 1] = (previous.Start, Math.Max(previous.End, pieces[i].End), previous.HasNoun, previous.IsFamily);
                pieces.RemoveAt(i);
            }
        }
    }

    private bool IsSeniorityWord(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        var matches = Matches(_seniorityWords, text, tokens);
        return matches.Count == 1 && matches[0].Start == tokens[0].Start && matches[0].End == tokens[^1].End;
    }

    /// <summary>The seniority word(s) a part starts with ("Senior" of "Senior Backend"), or null.</summary>
    private string? LeadingLevel(string text, int start, int end) => Levels(text, start, end).Leading;

    /// <summary>Whether a part holds a seniority word, and the one it starts with (null when it does not start with one).</summary>
    private (bool Any, string? Leading) Levels(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        var matches = Matches(_seniorityWords, text, tokens);
        return matches.Count == 0 ? (false, null) : (true, matches[0].Start == tokens[0].Start ? text[matches[0].Start..matches[0].End] : null);
    }

    private string WithoutLeadingLevel(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        var matches = Matches(_seniorityWords, text, tokens);
        if (matches.Count == 0 || matches[0].Start != start)
        {
            return text[start..end];
        }
        // "senior-level engineers" without its level is "engineers".
        var rest = text.AsSpan(matches[0].End, end - matches[0].End).TrimStart(" -\u2011");
        if (rest.StartsWith("level ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[6..];
        }
        return rest.ToString();
    }

    /// <summary>The thread's list of word matches, refilled by every call: read it before the next.</summary>
    [ThreadStatic]
    private static List<PhraseMatch<bool>>? t_matches;

    private static List<PhraseMatch<bool>> Matches(PhraseTrie<bool> words, string text, List<Token> tokens)
    {
        var matches = t_matches ??= [];
        matches.Clear();
        words.Match(text, tokens, static _ => true, matches);
        return matches;
    }

    /// <summary>The first ". " that ends a sentence, not an abbreviation ("Sr. Engineer", "Inc. is"): the word before has 4+ letters.</summary>
    private static int SentenceStop(ReadOnlySpan<char> s, int minLetters = 4)
    {
        for (var from = 0; s[from..].IndexOf(". ", StringComparison.Ordinal) is var k and >= 0; from += k + 1)
        {
            var i = from + k;
            var letters = 0;
            for (var j = i - 1; j >= 0 && char.IsLetterOrDigit(s[j]); j--)
            {
                letters++;
            }
            // "(with a salary). I got ...": a bracket or quote closed before the dot ends a sentence too.
            if (i > 0 && (letters >= minLetters || s[i - 1] is ')' or '"' or '\'' or '\u201D' or '\u2019'))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>In a hiring sentence a word of this many letters or digits before ". " ends the sentence ("now. ", "2023. "); "Sr. " does not.</summary>
    private const int MinSentenceWordLetters = 3;

    /// <summary>Skips leading words such as "talented", "two", "a", and bare numbers with the sign after them ("1-2", "3+").</summary>
    private int SkipNoise(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        var afterNumber = false;
        foreach (var t in tokens)
        {
            if (t.IsWord && (_noiseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Span(text)) || char.IsDigit(text[t.Start])))
            {
                afterNumber = char.IsDigit(text[t.Start]);
                continue;
            }
            if (afterNumber && !t.IsWord && text[t.Start] is '-' or '\u2013' or '.' or ')' or '+')
            {
                continue; // "1-2 Security Engineers", "3+ engineers"
            }
            return t.Start;
        }
        return end;
    }

    private string? TrailingNoun(string text, List<(int Start, int End, bool HasNoun)> pieces, int index)
    {
        for (var j = index + 1; j < pieces.Count; j++)
        {
            if (!pieces[j].HasNoun)
            {
                continue;
            }
            using var scratch = TokenScratch.Tokenize(text, pieces[j].Start, pieces[j].End);
            var tokens = scratch.Tokens;
            var last = tokens.LastOrDefault(t => t.IsWord);
            var word = last.Length > 0 ? text.Substring(last.Start, last.Length) : null;
            return word is not null && _roleNouns.Contains(word) && word.Length > 4 ? Singular(word) : null;
        }
        return null;
    }

    private bool HasRoleNoun(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        foreach (var t in tokens)
        {
            if (t.IsWord && _roleNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Span(text)))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsFamilyWord(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        var matches = Matches(_familyWords, text, tokens);
        return matches.Count > 0 && tokens.Count(t => t.IsWord) <= 4;
    }

    private static string Singular(string title)
    {
        foreach (var (plural, singular) in PluralNouns)
        {
            if (title.EndsWith(plural, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^plural.Length] + (char.IsUpper(title[^plural.Length]) ? char.ToUpperInvariant(singular[0]) + singular[1..] : singular);
            }
        }
        return title;
    }

    private static readonly (string Plural, string Singular)[] PluralNouns =
    [
        ("engineers", "engineer"), ("developers", "developer"), ("designers", "designer"), ("scientists", "scientist"),
        ("managers", "manager"), ("architects", "architect"), ("analysts", "analyst"), ("interns", "intern"), ("SREs", "SRE"),
        ("programmers", "programmer"), ("researchers", "researcher"), ("leads", "lead"),
    ];

    /// <summary>Last words of a title that names a department or a group of openings, not a role: "Engineering", "Engineering Roles".</summary>
    private static readonly FrozenSet<string> DepartmentWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "engineering", "roles", "positions", "openings", "opportunities", "jobs", "team", "teams");

    /// <summary>
    /// True for a title such as "Engineering", "Software Engineering" or "Various Engineering roles": it ends with a department word
    /// and holds no role noun but "engineering" ("Director of Engineering" and "Engineering Manager" are roles).
    /// </summary>
    private bool IsDepartment(string title)
    {
        using var scratch = TokenScratch.Tokenize(title, 0, title.Length);
        var last = -1;
        for (var i = scratch.Tokens.Count - 1; i >= 0 && last < 0; i--)
        {
            last = scratch.Tokens[i].IsWord ? i : -1;
        }
        if (last < 0 || !DepartmentWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(scratch.Tokens[last].Span(title)))
        {
            return false;
        }
        foreach (var t in scratch.Tokens)
        {
            var word = t.Span(title);
            if (t.IsWord && _roleNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !word.Equals("engineering", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    private static List<TitleSpan> Distinct(List<TitleSpan> titles)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<TitleSpan>(titles.Count);
        foreach (var t in titles)
        {
            var key = DistinctKey(t.Title);
            if (t.Title.Length > 1 && seen.Add(key))
            {
                result.Add(t);
            }
        }
        return result;
    }

    /// <summary>
    /// A title's words joined by single spaces (spaces, hyphens and non-breaking hyphens all separate), "fullstack" read as
    /// "full stack": "Full-Stack Engineer" and "Fullstack  engineer" are one title.
    /// </summary>
    private static string DistinctKey(string title)
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
        return key.Contains("fullstack", StringComparison.OrdinalIgnoreCase)
            ? key.ToString().Replace("fullstack", "full stack", StringComparison.OrdinalIgnoreCase)
            : key.ToString();
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '-' or '–' or ',' or ':' or '*' or '|'))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '-' or '–' or ',' or ':' or '.' or '|'))
        {
            end--;
        }
        return (start, end);
    }

    private static int WordCount(string text, int start, int end)
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

    /// <summary>What ends a title on a linked line: "Senior Backend Engineer: https://...".</summary>
    private static readonly string[] LinkMarkers = [" - http", ": http", " http", " (http", " – http"];

    /// <summary>
    /// What ends a title on a bullet or linked line: "Senior Backend Engineer - Remote", "... (Berlin)", "... | U.S."; a spaced en or
    /// em dash too, searched apart (a SearchValues of strings with a non-ASCII one looks every character up in a dictionary).
    /// </summary>
    private static readonly SearchValues<string> TitleEnds = SearchValues.Create([": ", " - ", " | ", " (", " http"], StringComparison.Ordinal);

    /// <summary>Where the first title end of [start, end) begins, or -1: one of <see cref="TitleEnds"/>, " – " or " — ".</summary>
    private static int TitleCut(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var best = span.IndexOfAny(TitleEnds);
        var limit = best < 0 ? span.Length : best;
        for (var from = 1; from < limit && span[from..limit].IndexOfAny('\u2013', '\u2014') is var k and >= 0; from += k + 1)
        {
            var i = from + k;
            if (span[i - 1] == ' ' && i + 1 < span.Length && span[i + 1] == ' ')
            {
                best = i - 1;
                break;
            }
        }
        return best < 0 ? -1 : start + best;
    }

    /// <summary>What ends a title in a list that a line introduced ("Looking for:"): "- ML engineer to turn prototypes into products".</summary>
    private static readonly string[] ListTitleEnds = [" to ", " who ", " with "];

    /// <summary>
    /// Where the first of <paramref name="needles"/> begins in [start, end), or -1: one vectorised search per needle, on one
    /// line (a SearchValues of these strings, one holding a non-ASCII dash, looked every character up in a dictionary).
    /// </summary>
    private static int IndexOfAny(string text, int start, int end, string[] needles)
    {
        var best = -1;
        foreach (var n in needles)
        {
            var i = text.IndexOf(n, start, end - start, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best))
            {
                best = i;
            }
        }
        return best;
    }

    private int AfterLastStopWord(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        var from = start;
        foreach (var t in tokens)
        {
            if (t.IsWord && _stopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Span(text)))
            {
                from = t.End;
            }
        }
        return from;
    }
}

/// <summary>A role title as the posting writes it, and where; <see cref="FromBody"/> when read from running text, not a title or header.</summary>
public readonly record struct TitleSpan(string Title, int Start, int End, bool FromBody);
