using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

// One title per role of a list: "Senior Backend and Frontend Engineers", levels and shared nouns.
public sealed partial class RoleFinder
{
    /// <summary>What separates the parts of a role list: commas, "and", "or", "&amp;", a spaced slash, and a "+" that is not part of a
    /// name or a number ("Senior + Staff", "Backend+DevOps"; not "C++" nor "7.4+").</summary>
    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bor\b|\s/\s|(?<![+\d])\+(?!\+))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    /// <summary>The list separator pattern, for tests of <see cref="MayHoldListSeparator"/>.</summary>
    internal static Regex ListSeparatorPattern => ListSeparator();

    /// <summary>The characters of which every <see cref="ListSeparator"/> match but "and" and "or" holds one.</summary>
    private static readonly SearchValues<char> ListSeparatorMarks = SearchValues.Create(",;&/+");

    /// <summary>
    /// Whether a <see cref="ListSeparator"/> match may be in <paramref name="list"/>: one of its marks, or "and" or "or" not inside a
    /// word. Most titles are one role ("Senior Backend Engineer"), and the pattern, which may start with spaces, is tried at each
    /// space of them.
    /// </summary>
    internal static bool MayHoldListSeparator(ReadOnlySpan<char> list)
    {
        if (list.IndexOfAny(ListSeparatorMarks) >= 0)
        {
            return true;
        }
        for (var from = 0; list[from..].IndexOfAny(ListSeparatorWords) is var k and >= 0; from += k + 1)
        {
            var start = from + k;
            var end = start + (list[start..].StartsWith("and", StringComparison.OrdinalIgnoreCase) ? 3 : 2);
            if ((start == 0 || !char.IsAsciiLetterOrDigit(list[start - 1])) && (end == list.Length || !char.IsAsciiLetterOrDigit(list[end])))
            {
                return true; // not inside a word ("Senior", "Android")
            }
        }
        return false;
    }

    /// <summary>The words of <see cref="ListSeparator"/>, searched in any case (a search per word, in any case, was slower).</summary>
    private static readonly SearchValues<string> ListSeparatorWords = SearchValues.Create(["and", "or"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"https?://\S+|\bwww\.\S+|\([^)]*\)|\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    /// <summary>Role nouns that name a level when a list part is only them ("junior, lead, and senior engineers").</summary>
    private static readonly WordSet LevelNouns = new("lead", "leads");

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
        // The lists of one call, lent by the thread (no call made from here splits another list) and cleared.
        var (parts, pieces, levels) = t_splitLists ??= ([], [], []);
        parts.Clear();
        pieces.Clear();
        levels.Clear();
        var s = 0;
        // "Product Engineer / Full Stack Developer", "QA Engineer or Tester": a list with alternatives may name one role twice.
        var alternatives = false;
        if (MayHoldListSeparator(cleaned))
        {
            foreach (var sep in ListSeparator().EnumerateMatches(cleaned))
            {
                parts.Add((s, sep.Index));
                s = sep.Index + sep.Length;
                alternatives |= cleaned.Slice(sep.Index, sep.Length).Trim() is "/" or "or" or "OR" or "Or";
            }
        }
        parts.Add((s, cleaned.Length));
        (string Text, int Start)? pendingLevel = null;
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
                (partIndex < parts.Count - 1 && LevelNouns.Contains(cleaned[ta..tb]));
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
            var joinsOrphan = orphanStart is not null && JoinsTitle(cleaned[orphanEnd..a]);
            pieces.Add((joinsOrphan ? orphanStart!.Value : start + ta, start + tb, hasNoun, isFamily));
            orphanStart = null;
        }
        MergeQualifiers(text, pieces);
        MergeDepartments(text, pieces);
        if (keepWhole && RoleOrFamilyCount(pieces) <= 1)
        {
            // A title field is one role unless it really lists several.
            var (a, b) = Trim(text, start, end);
            titles.Add(new TitleSpan(text[a..b], a, b, fromBody) { List = start });
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
                !HasLevelOf(levels, i) ? sharedLevel + " " : "";
            if (hasNoun)
            {
                foreach (var (piece, level, levelStart) in levels)
                {
                    if (piece != i)
                    {
                        continue;
                    }
                    // The span runs from the level word to the shared role: "Senior & Staff Software Engineers". A part that is all
                    // level ("Intern" after "Principal, Sr,") has no role to share.
                    if (WithoutLeadingLevel(text, a, b) is { Length: > 0 } role)
                    {
                        titles.Add(new TitleSpan(level + " " + Singular(role), levelStart, b, fromBody) { List = SharedWordsList(levelStart) });
                    }
                }
                // A borrowed level's span runs from that level word: "Senior Backend and Frontend Engineers".
                var title = new TitleSpan(levelPrefix + Singular(text[a..b]), levelPrefix.Length > 0 ? pieces[0].Start : a, b, fromBody);
                titles.Add(title with { List = levelPrefix.Length > 0 || alternatives ? SharedWordsList(a) : start });
            }
            else if (isFamily)
            {
                var noun = TrailingNoun(text, pieces, i) ?? PrecedingNoun(text, pieces, i) ?? "Engineer";
                var title = new TitleSpan(levelPrefix + text[a..b] + " " + noun, levelPrefix.Length > 0 ? pieces[0].Start : a, b, fromBody);
                titles.Add(title with { List = SharedWordsList(a) });
            }
        }
    }

    /// <summary>The parts, pieces and levels lists of <see cref="SplitList"/>, kept by the thread between calls.</summary>
    [ThreadStatic]
    private static (List<(int Start, int End)> Parts, List<(int Start, int End, bool HasNoun, bool IsFamily)> Pieces, List<(int Piece, string Level, int Start)> Levels)? t_splitLists;

    private static int RoleOrFamilyCount(List<(int Start, int End, bool HasNoun, bool IsFamily)> pieces)
    {
        var count = 0;
        foreach (var p in pieces)
        {
            count += p.HasNoun || p.IsFamily ? 1 : 0;
        }
        return count;
    }

    private static bool HasLevelOf(List<(int Piece, string Level, int Start)> levels, int piece)
    {
        foreach (var l in levels)
        {
            if (l.Piece == piece)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The <see cref="TitleSpan.List"/> of a title built with a word it shares with the list ("DevOps and Infrastructure Engineer",
    /// "Senior+ Backend Engineer") or offered as an alternative ("Product Engineer / Full Stack Developer"): a value of its own, so
    /// that it counts as written apart from the list's other titles, which may name the same role in other words.
    /// </summary>
    private static int SharedWordsList(int partStart) => ~partStart;

    /// <summary>Most words of a leading part that qualifies the role after it ("Senior Search and Data Engineer").</summary>
    private const int MaxOrphanWords = 3;

    /// <summary>True for a separator that joins two parts of one title: "/", "&amp;", "+" or "and".</summary>
    private static bool JoinsTitle(ReadOnlySpan<char> separator)
    {
        var s = separator.Trim();
        return s is "/" or "&" or "+" || s.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What every link of <see cref="Noise"/> holds ("http" in lower case, "www." in any): a vectorised search, not a compare at each character.</summary>
    private static readonly SearchValues<string> LinkStarts = SearchValues.Create(["http", "www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The text of [<paramref name="start"/>, <paramref name="end"/>) with links and bracketed asides blanked (offsets kept).
    /// Every <see cref="Noise"/> match holds "http", "www." or an opening bracket: a part with none of them is the text's own
    /// span, not a copy.
    /// </summary>
    private static ReadOnlySpan<char> WithoutNoise(string text, int start, int end)
    {
        var part = text.AsSpan(start, end - start);
        if (part.IndexOfAny('(', '[') < 0 && part.IndexOfAny(LinkStarts) < 0)
        {
            return part;
        }
        var chars = part.ToArray();
        foreach (var m in Noise().EnumerateMatches(part))
        {
            Array.Fill(chars, ' ', m.Index, m.Length);
        }
        return chars;
    }

    /// <summary>
    /// A family word after the last role in a list qualifies it rather than naming another role: "Software Engineer, Backend",
    /// "Engineering Manager, Mobile". Before a role it is one of a list sharing that role's noun ("Backend, Frontend Engineers").
    /// </summary>
    private void MergeQualifiers(string text, List<(int Start, int End, bool HasNoun, bool IsFamily)> pieces)
    {
        var lastNoun = pieces.FindLastIndex(p => p.HasNoun);
        if (lastNoun < 0)
        {
            return;
        }
        if (lastNoun == pieces.Count - 1 || ListsMoreRoles(text, pieces, lastNoun) || !TakesQualifier(text, pieces[lastNoun].Start, pieces[lastNoun].End))
        {
            // Nothing after the last role, or what follows lists roles of its own.
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

    /// <summary>
    /// "ML Engineer, Full-stack, Frontend", "Senior Software Engineers, DevOps, QA", "ML Engineer AND Full-stack AND Frontend": two or
    /// more family words after an engineer or developer, joined by commas, "and" or "&amp;", list more roles sharing its noun; one
    /// qualifies it ("Software Engineer, Backend"), alternatives stay one role ("Software Engineer, Backend or Fullstack"), and a
    /// department's noun is not shared ("Engineering, DevOps, &amp; Product").
    /// </summary>
    private bool ListsMoreRoles(string text, List<(int Start, int End, bool HasNoun, bool IsFamily)> pieces, int lastNoun)
    {
        if (pieces.Count - 1 - lastNoun <= MaxQualifiers || !pieces.Skip(lastNoun + 1).All(p => p.IsFamily) ||
            SharedNoun(text, pieces[lastNoun].Start, pieces[lastNoun].End) is null)
        {
            return false;
        }
        var commaFirst = false;
        for (var i = lastNoun + 1; i < pieces.Count; i++)
        {
            var glue = text.AsSpan(pieces[i - 1].End, pieces[i].Start - pieces[i - 1].End).Trim();
            var comma = glue is "," or ", &" or ", and";
            if (!comma && glue is not "&" && !glue.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            commaFirst |= i == lastNoun + 1 && comma;
            if (commaFirst && !comma && !NamesFamily(text, pieces[lastNoun].Start, pieces[lastNoun].End))
            {
                // "Software Engineer, Data and ML": one qualifier of a role that names no family.
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether a role takes a family word after it as its qualifier: "Software Engineer II, Backend", "SWE, Backend", but not a role
    /// whose noun is an acronym of its own ("SRE, Backend", "PM, Mobile": two roles).
    /// </summary>
    private bool TakesQualifier(string text, int start, int end)
    {
        var (nounStart, nounEnd) = (-1, -1);
        for (var t = new TokenReader(text, start, end); t.Next();)
        {
            if (t.IsWord && IsRoleNoun(t.Span, t.PreviousWord))
            {
                (nounStart, nounEnd) = (t.Start, t.End);
            }
        }
        if (nounStart < 0)
        {
            return true;
        }
        var word = text.AsSpan(nounStart, nounEnd - nounStart);
        var capitals = 0;
        foreach (var c in word)
        {
            capitals += char.IsUpper(c) ? 1 : 0;
        }
        return capitals < 2 || GenericEngineerNouns.Contains(word);
    }

    /// <summary>Most family words after a role that qualify it; more list roles of their own.</summary>
    private const int MaxQualifiers = 1;

    /// <summary>
    /// A department after a comma qualifies the role before it rather than naming another: "Senior Manager, Software Engineering",
    /// "Intern, Software Engineering (Summer 2025)"; only in a title of those two parts.
    /// </summary>
    private void MergeDepartments(string text, List<(int Start, int End, bool HasNoun, bool IsFamily)> pieces)
    {
        // In a longer list a department is an item of its own: "Software Engineer, Designer, Engineering Manager, Marketing".
        if (pieces.Count != 2)
        {
            return;
        }
        for (var i = pieces.Count - 1; i > 0; i--)
        {
            var previous = pieces[i - 1];
            if (previous.HasNoun && text.AsSpan(previous.End, pieces[i].Start - previous.End).Trim() is "," &&
                IsDepartment(text, pieces[i].Start, pieces[i].End))
            {
                pieces[i - 1] = (previous.Start, pieces[i].End, previous.HasNoun, previous.IsFamily);
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
        return Levels(text, scratch.Tokens);
    }

    /// <inheritdoc cref="Levels(string, int, int)"/>
    /// <param name="tokens">The part's tokens.</param>
    private (bool Any, string? Leading) Levels(string text, List<Token> tokens)
    {
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

    /// <summary>Skips leading words such as "talented", "two", "a", and bare numbers with the sign after them ("1-2", "3+").</summary>
    private int SkipNoise(string text, int start, int end)
    {
        var afterNumber = false;
        for (var t = new TokenReader(text, start, end); t.Next();)
        {
            if (t.IsWord && (_noiseWords.Contains(t.Span) && !StartsNoiseWordPhrase(text, t.Start, end) || char.IsDigit(text[t.Start])))
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

    /// <summary>Whether a phrase of <see cref="RolePatterns.NoiseWordPhrases"/> starts at <paramref name="start"/> ("Smart Contract Engineer").</summary>
    private bool StartsNoiseWordPhrase(string text, int start, int end)
    {
        var rest = text.AsSpan(start, end - start);
        foreach (var phrase in _noiseWordPhrases)
        {
            if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (rest.Length == phrase.Length || !char.IsLetter(rest[phrase.Length])))
            {
                return true;
            }
        }
        return false;
    }

    private string? TrailingNoun(string text, List<(int Start, int End, bool HasNoun, bool IsFamily)> pieces, int index)
    {
        for (var j = index + 1; j < pieces.Count; j++)
        {
            if (!pieces[j].HasNoun)
            {
                continue;
            }
            return LastNoun(text, pieces[j].Start, pieces[j].End);
        }
        return null;
    }

    /// <summary>The last word of a part when it is a role noun of more than four letters ("Engineers" gives "Engineer"), else null.</summary>
    private string? LastNoun(string text, int start, int end)
    {
        var (lastStart, lastEnd) = (0, 0);
        for (var t = new TokenReader(text, start, end); t.Next();)
        {
            if (t.IsWord)
            {
                (lastStart, lastEnd) = (t.Start, t.End);
            }
        }
        var word = lastEnd > lastStart ? text[lastStart..lastEnd] : null;
        return word is not null && _roleNouns.Contains(word) && word.Length > 4 ? Singular(word) : null;
    }

    /// <summary>The noun of the nearest role before a family word ("Developer" for "Full Stack" in "Backend Developer, Full Stack, Database").</summary>
    private string? PrecedingNoun(string text, List<(int Start, int End, bool HasNoun, bool IsFamily)> pieces, int index)
    {
        var j = pieces.FindLastIndex(index, p => p.HasNoun);
        return j < 0 ? null : SharedNoun(text, pieces[j].Start, pieces[j].End);
    }

    /// <summary>"Engineer" or "Developer" when a part ends with it (singular, as written), the nouns a list of family words shares.</summary>
    private string? SharedNoun(string text, int start, int end) =>
        LastNoun(text, start, end) is { } noun && (noun.Equals("Engineer", StringComparison.OrdinalIgnoreCase) || noun.Equals("Developer", StringComparison.OrdinalIgnoreCase))
            ? noun
            : null;

    private bool HasRoleNoun(string text, int start, int end)
    {
        for (var reader = new TokenReader(text, start, end); reader.Next();)
        {
            if (reader.IsWord && IsRoleNoun(reader.Span, reader.PreviousWord))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the token at <paramref name="index"/> is a role noun: one of roles.json, a role acronym in capitals, or the "Staff"
    /// of "Member of Technical Staff" (a title of its own, whose "Staff" is no level: roles.json's notLevelPhrases).
    /// </summary>
    private bool IsRoleNounAt(string text, List<Token> tokens, int index)
    {
        var t = tokens[index];
        return t.IsWord && IsRoleNoun(t.Span(text), index > 0 && tokens[index - 1].IsWord ? tokens[index - 1].Span(text) : default);
    }

    /// <inheritdoc cref="IsRoleNounAt"/>
    /// <param name="previousWord">The token before the word when it is a word, else empty.</param>
    private bool IsRoleNoun(ReadOnlySpan<char> word, ReadOnlySpan<char> previousWord) =>
        _roleNouns.Contains(word) || IsCapitalRoleAcronym(word) ||
        word.Equals("staff", StringComparison.OrdinalIgnoreCase) && previousWord.Equals("technical", StringComparison.OrdinalIgnoreCase);

    /// <summary>"PM", "TPMs", "MTS": role acronyms in capitals only, so that "5 pm" names no role (roles.json's nouns match in any case).</summary>
    private static bool IsCapitalRoleAcronym(ReadOnlySpan<char> word) => word is "PM" or "PMs" or "TPM" or "TPMs" or "MTS";

    /// <summary>
    /// A header field or a list item that is one family word, with a level before and a bracket after at most: "Acme | Full-stack
    /// (Rails/React) | Remote" advertises a full-stack role, and so does "- Sr Backend (Golang, AWS)" under "We have openings:". Read
    /// only where a field or a line is a role, a place, pay or terms.
    /// </summary>
    private bool IsLoneFamily(string text, int start, int end)
    {
        if (end <= start || end - start > MaxLoneFamilyLength || !char.IsLetter(text[start]))
        {
            return false; // places, terms, links and pay: most fields are turned away here
        }
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var tokens = scratch.Tokens;
        // "Sr Backend (Golang, AWS)": a level may lead the family word.
        var first = 0;
        if (Levels(text, tokens).Leading is { } level)
        {
            while (first < tokens.Count && tokens[first].Start < start + level.Length)
            {
                first++;
            }
        }
        var matches = Matches(_familyWords, text, tokens);
        if (matches.Count != 1 || matches[0].FirstToken != first)
        {
            return false;
        }
        // Nothing after the family word but a bracket: "Full-stack (Rails/React)".
        var rest = matches[0].EndToken;
        return (rest == tokens.Count || (text[tokens[rest].Start] == '(' && text[tokens[^1].Start] == ')')) &&
            !NotEngineerFamilies.Contains(text.AsSpan(matches[0].Start, matches[0].End - matches[0].Start)) &&
            Matches(_nonSoftwareWords, text, tokens).Count == 0;
    }

    /// <summary>The longest header field read as a lone family word with its bracket.</summary>
    private const int MaxLoneFamilyLength = 40;

    /// <summary>Family words whose lone field names no engineer: "Design" is a designer, "Product" a product manager or a team.</summary>
    private static readonly WordSet NotEngineerFamilies = new("design", "product", "UX", "UI");

    private bool NamesFamily(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        return Matches(_familyWords, text, scratch.Tokens).Count > 0;
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
        if (title.Length == 0 || (title[^1] | 0x20) != 's')
        {
            return title; // every plural noun ends in "s": most titles are singular ("Senior Backend Engineer")
        }
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
        ("programmers", "programmer"), ("researchers", "researcher"), ("leads", "lead"), ("devs", "dev"),
    ];
}
