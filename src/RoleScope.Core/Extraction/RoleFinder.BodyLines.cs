using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

// Title lines of a posting's body: bullets, linked lines, lists a line introduces or announces after a colon, runs of title lines.
public sealed partial class RoleFinder
{
    /// <summary>Body lines scanned for title-like bullets; beyond this a posting is describing, not listing.</summary>
    private const int MaxBulletTitles = 12;

    /// <summary>
    /// Title lines of the body: bullets ("- Senior Backend Engineer"), linked lines ("Backend Engineer: https://..."), the plain
    /// lines of a list that a line such as "We're hiring for:" introduces, up to the first line that is not a title, runs of
    /// two or more plain title lines ("Developer Advocate", then "Senior Software Engineer - Feeds"), and a plain title line that
    /// heads bullets.
    /// </summary>
    private void FindBulletTitles(string text, int from, List<TitleSpan> titles)
    {
        var found = 0;
        var lineStart = from;
        var inList = false;
        (int Start, int End)? pending = null;
        // The lines of one run of title lines (blank lines between them aside) are one list: "- Staff/Senior SRE", "- Sr.
        // Infrastructure Engineer, Cloud" are two openings even where they share a family and level.
        var runList = -1;
        var runGoesOn = false;
        // Where the next "http" starts (every link marker holds one), searched again only once passed: most lines hold none.
        var nextHttp = -1;
        while (lineStart < text.Length && found < MaxBulletTitles)
        {
            var before = titles.Count;
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            if (text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                // A blank line holds no title and changes nothing: a pending title line stays pending, a list goes on. Its tests
                // cost a tenth of this walk (a post has about six).
                lineStart = lineEnd + 1;
                continue;
            }
            var s = lineStart;
            var marker = BulletLength(text, s, lineEnd);
            var bullet = marker > 0;
            if (nextHttp < s)
            {
                nextHttp = text.IndexOf("http", s, StringComparison.Ordinal) is var http and >= 0 ? http : int.MaxValue;
            }
            // Every link marker holds "http": most lines are turned away by one test.
            var linked = !bullet && nextHttp <= lineEnd - 4 && IndexOfAny(text, s, lineEnd, LinkMarkers) > s;
            var plain = !bullet && !linked && !inList && lineEnd - s <= MaxPlainTitleLength;
            var listed = false;
            (int Start, int End)? plainTitle = null;
            if (bullet && pending is { } heading)
            {
                // "Full Stack Engineer (Mid to Senior Level)" then "- ReactJS / TypeScript": a title line heading the bullets that
                // describe the role.
                found += AddTitles(text, heading.Start, heading.End, titles);
                pending = null;
            }
            if ((bullet || inList || plain) && AfterGroupHeading(text, s + marker, lineEnd) is var listStart and > 0 &&
                AddListParts(text, listStart, lineEnd, titles) is var grouped and > 0)
            {
                // "In engineering: software engineer (remote OK), ML engineer, and DevOps (remote OK)". A discipline followed by what
                // the hire will do ("- Site Reliability Engineering: to build reliable infrastructure") is read as a title below.
                found += grouped;
                listed = inList;
            }
            else if (bullet || linked || inList || plain)
            {
                s += marker;
                var titleList = plain && IsTitleList(text, s, lineEnd);
                var e = titleList ? -1 : TitleEnd(text, s, lineEnd, inList, marked: bullet || linked);
                if (titleList)
                {
                    // "Data Engineer, SRE, Product Designer/Manager": a line that lists titles and nothing else.
                    found += AddTitles(text, s, lineEnd, titles);
                    listed = true;
                }
                else if (e > s && plain)
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
                else if (bullet && inList && IsLoneFamily(text, s, lineEnd))
                {
                    // "We have openings across the stack:" then "- Frontend (React)", "- Sr Backend (Golang, AWS)".
                    found += AddTitles(text, s, lineEnd, titles);
                    listed = true;
                }
                else if (linked && inList && TitleCut(text, s, lineEnd) is var linkCut and > 0 && IsLoneFamily(text, s, linkCut))
                {
                    // "We're hiring for 2 senior-level technical roles right now:" then "Infrastructure: https://..." and "Frontend:
                    // https://...": a family and its link, one opening each.
                    found += AddTitles(text, s, linkCut, titles);
                    listed = true;
                }
            }
            pending = plainTitle;
            // "Looking for:" then "* Javascript and geometry expert? Help us build ..." and "* Devops engineers with Ruby experience":
            // a bullet (or a linked line) that names no title does not end the list its line introduced; those after it are its items.
            inList = listed || (inList && (bullet || linked)) || IntroducesList(text, lineStart, lineEnd);
            if (titles.Count > before)
            {
                runList = runGoesOn ? runList : lineStart;
                OneList(titles, before, runList);
            }
            // Blank lines are passed over above, so a run goes on across them.
            runGoesOn = titles.Count > before;
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// Gives the titles from <paramref name="from"/> on the list <paramref name="list"/>, except those that count as written apart
    /// from their line's other titles (<see cref="SharedWordsList"/>, negative).
    /// </summary>
    private static void OneList(List<TitleSpan> titles, int from, int list)
    {
        for (var i = from; i < titles.Count; i++)
        {
            if (titles[i].List >= 0)
            {
                titles[i] = titles[i] with { List = list };
            }
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
        // One word makes a title when marked as a list item, or when it is a role's acronym in a list a line introduced ("SRE").
        return words <= MaxTitleWords && (marked || words >= 2 || inList && IsRoleAcronym(text, start, e)) && IsTitleLike(text, start, e) ? e : -1;
    }

    /// <summary>Whether the last word of [start, end) is a role noun written in capitals: "SRE", "SDET", "CTO".</summary>
    private bool IsRoleAcronym(string text, int start, int end)
    {
        var (wordStart, wordEnd) = LastWord(text, start, end);
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        return word.Length >= 2 && IsUpperInvariant(word) && _roleNouns.Contains(word);
    }

    /// <summary>True when [start, end) holds two or more comma parts outside brackets and each is a title.</summary>
    private bool IsTitleList(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).IndexOf(',') < 0)
        {
            return false;
        }
        var parts = t_titleListParts ??= [];
        parts.Clear();
        Segments(text, start, end, ListMarks, static (t, i) => t[i] is ',' or ';' ? 1 : 0, parts);
        if (parts.Count < 2)
        {
            return false;
        }
        foreach (var (partStart, partEnd) in parts)
        {
            if (TitleEnd(text, partStart, partEnd, inList: false, marked: true) != partEnd)
            {
                return false;
            }
        }
        return true;
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
    /// a word for openings, then a colon (not a link's) or "including", or a hiring word and a colon, then a list on the same line. A
    /// ".", ":" or "?" before a word or a slash is part of a link or a name ("https://jobs.lever.co/olo?lever-via=..."), not a stop.
    /// </summary>
    [GeneratedRegex(@"\b(?:positions|openings|roles|vacancies|opportunities)\b(?:[^:.!?\n]|[.:?](?=/*\w)){0,100}?(?::(?!/)|\bincluding\b)[^\S\n]*(?=\S)|\b(?:including|hiring(?:\s+for)?|looking\s+for|seeking)\s*:[^\S\n]*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColonListStart();

    /// <summary>
    /// A field label at the start of a line, tried on the line from its first non-space character (see <see cref="FieldLabelEnds"/>):
    /// "Role: Senior Full Stack Engineer, Senior Backend Engineer", "Job title: ...".
    /// </summary>
    [GeneratedRegex(@"^(?:(?:job|open)[^\S\n]+)?(?:roles?|positions?|titles?|jobs?|openings?)[^\S\n]*:[^\S\n]*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabel();

    /// <summary>Where a header field's text starts after its role label ("Role: Staff Data Engineer"), or <paramref name="start"/>.</summary>
    private static int AfterFieldLabel(string text, int start, int end)
    {
        foreach (var m in FieldLabel().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            return start + m.Length;
        }
        return start;
    }

    /// <summary>
    /// Where the lists after the field labels of <see cref="FieldLabel"/> begin. Lines are walked by hand and the pattern is tried
    /// only on lines whose first word starts with a letter a label can start with: a line-start anchor inside a pattern costs it the
    /// fast search for a first word, and tried at every character it doubled the time of role finding on Hacker News posts.
    /// </summary>
    private static void FieldLabelEnds(string text, int from, ref List<int>? starts, int found)
    {
        var lineStart = from;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var first = lineStart;
            while (first < lineEnd && char.IsWhiteSpace(text[first]))
            {
                first++;
            }
            if (first < lineEnd && (text[first] | 0x20) is 'j' or 'o' or 'r' or 'p' or 't')
            {
                foreach (var m in FieldLabel().EnumerateMatches(text.AsSpan(first, lineEnd - first)))
                {
                    var start = first + m.Length;
                    if (starts is null || !CollectionsMarshal.AsSpan(starts)[..found].Contains(start))
                    {
                        (starts ??= []).Add(start);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// The titles of lists that follow a colon on the line that announces them ("Open Positions: Senior Engineer (Full Stack,
    /// Backend), Growth Engineer, and more!"). Each comma, semicolon or pipe part outside brackets is read as a bullet is: cut at its
    /// first title end, and kept only when it is short, ends with a role noun and is title-like.
    /// </summary>
    private void FindColonLists(string text, int from, List<TitleSpan> titles)
    {
        foreach (var start in ListStarts(text, from))
        {
            var lineEnd = text.IndexOf('\n', start);
            AddListParts(text, start, lineEnd < 0 ? text.Length : lineEnd, titles);
        }
    }

    /// <summary>
    /// The titles of a list written on one line from <paramref name="start"/>: each comma, semicolon or pipe part outside brackets,
    /// cut at its first title end and kept when it is short, ends with a role noun and is title-like. Returns how many were added.
    /// </summary>
    private int AddListParts(string text, int start, int lineEnd, List<TitleSpan> titles)
    {
        var before = titles.Count;
        var added = 0;
        // Lent by the thread: nothing called from this loop reads list parts.
        var parts = t_listParts ??= [];
        parts.Clear();
        Segments(text, start, lineEnd, ListMarks, static (t, i) => t[i] is ',' or ';' or '|' ? 1 : 0, parts);
        foreach (var (s, partEnd) in parts)
        {
            if (TitleEnd(text, s, partEnd, inList: false, marked: true) is var e and > 0)
            {
                added += AddTitles(text, s, e, titles);
            }
        }
        // "Hiring: Backend, Frontend and DevOps", "Hiring: ML and Full-Stack": family words only, which share the engineer noun.
        var (listStart, listEnd) = Trim(text, start, lineEnd);
        while (listEnd > listStart && text[listEnd - 1] is '.' or '!')
        {
            listEnd--;
        }
        if (added == 0 && listEnd - listStart <= MaxFamilyListLength && !HasRoleNoun(text, listStart, listEnd) && IsTitleLike(text, listStart, listEnd))
        {
            added += AddTitles(text, listStart, listEnd, titles);
        }
        // "Open roles: Node.js engineers, .NET engineers, product managers": the parts of one line are one list, openings of their own
        // even where they share a family and level.
        OneList(titles, before, start);
        return added;
    }

    /// <summary>The longest colon list of family words alone read as roles ("Backend, Frontend, Data, DevOps and Mobile").</summary>
    private const int MaxFamilyListLength = 60;

    /// <summary>
    /// Where the list after a group heading and its colon starts on a line such as "In engineering: software engineer, ML engineer,
    /// and DevOps": the heading names a department, not a role. -1 when the line has no such heading.
    /// </summary>
    private int AfterGroupHeading(string text, int start, int lineEnd)
    {
        var colon = text.AsSpan(start, lineEnd - start).IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxGroupHeadingLength)
        {
            return -1;
        }
        return IsDepartment(text, start, start + colon) ? start + colon + 2 : -1;
    }

    /// <summary>The longest group heading before a colon ("Outside of engineering").</summary>
    private const int MaxGroupHeadingLength = 40;

    /// <summary>Where the lists of <see cref="ColonListStart"/> and <see cref="FieldLabel"/> begin, in order, each once ("Roles: X" is
    /// both).</summary>
    private static IReadOnlyList<int> ListStarts(string text, int from)
    {
        List<int>? starts = null;
        foreach (var m in ColonListStart().EnumerateMatches(text.AsSpan(from)))
        {
            (starts ??= []).Add(from + m.Index + m.Length);
        }
        var found = starts?.Count ?? 0;
        FieldLabelEnds(text, from, ref starts, found);
        if (starts is not null && starts.Count > found)
        {
            starts.Sort();
        }
        return starts is null ? [] : starts;
    }

    /// <summary>The comma parts of <see cref="IsTitleList"/> and <see cref="AddListParts"/>, kept by the thread between calls.</summary>
    [ThreadStatic]
    private static List<(int Start, int End)>? t_titleListParts, t_listParts;

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
        var (wordStart, wordEnd) = LastWord(text, start, end);
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        return !word.IsEmpty && (_roleNouns.Contains(word) || word.Length <= 4 && IsUpperInvariant(word));
    }

    /// <summary>
    /// Where the last word (letters and digits, as the tokenizer reads them) of [start, end) starts and ends, read off the text
    /// without tokenising it; an empty range when there is none.
    /// </summary>
    private static (int Start, int End) LastWord(string text, int start, int end)
    {
        var wordEnd = end;
        while (wordEnd > start && !Tokenizer.IsWordChar(text[wordEnd - 1]))
        {
            wordEnd--;
        }
        var wordStart = wordEnd;
        while (wordStart > start && Tokenizer.IsWordChar(text[wordStart - 1]))
        {
            wordStart--;
        }
        return (wordStart, wordEnd);
    }

    /// <summary>True when upper-casing (invariant culture) leaves the word as it is.</summary>
    private static bool IsUpperInvariant(ReadOnlySpan<char> word)
    {
        Span<char> upper = stackalloc char[word.Length];
        word.ToUpperInvariant(upper);
        return word.SequenceEqual(upper);
    }

    /// <summary>What ends a title on a linked line: "Senior Backend Engineer: https://...".</summary>
    private static readonly string[] LinkMarkers = [" - http", ": http", " http", " (http", " – http"];

    /// <summary>
    /// What ends a title on a bullet or linked line: "Senior Backend Engineer - Remote", "... (Berlin)", "... | U.S."; a spaced en or
    /// em dash too, searched apart (a SearchValues of strings with a non-ASCII one looks every character up in a dictionary).
    /// </summary>
    private static readonly SearchValues<string> TitleEnds = SearchValues.Create([": ", " - ", " -- ", " | ", " (", " http"], StringComparison.Ordinal);

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
    private static readonly SearchValues<string> ListTitleEnds = SearchValues.Create(
        [" to ", " who ", " with ", " focused on ", " focusing on ", " experienced in ", " interested in ", " proficient in ", " skilled in ", " passionate about "],
        StringComparison.Ordinal);

    /// <summary>Where the first of <paramref name="needles"/> begins in [start, end), or -1.</summary>
    private static int IndexOfAny(string text, int start, int end, SearchValues<string> needles) =>
        text.AsSpan(start, end - start).IndexOfAny(needles) is var i and >= 0 ? start + i : -1;

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
}
