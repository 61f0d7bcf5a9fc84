using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

// Hiring sentences: "we're hiring frontend, backend and full-stack engineers".
public sealed partial class RoleFinder
{
    private const string HiringListPattern =
        @"\b(?:hiring(?:[^\S\n]+for)?|looking[^\S\n]+(?:for|to[^\S\n]+hire)|seek(?:s|ing)|searching[^\S\n]+for|recruiting|need|hire|open[^\S\n]+roles?(?:[^\S\n]+for)?|positions?[^\S\n]+for|vacanc(?:y|ies)[^\S\n]+for|openings?[^\S\n]+for|roles?[^\S\n]+for|opportunit(?:y|ies)[^\S\n]+for)[^\S\n]*[:!-]?[^\S\n]+(?:an?[^\S\n]+|the[^\S\n]+|our[^\S\n]+|first[^\S\n]+|several[^\S\n]+|multiple[^\S\n]+|two[^\S\n]+|three[^\S\n]+|four[^\S\n]+|a[^\S\n]+few[^\S\n]+|more[^\S\n]+|experienced[^\S\n]+|talented[^\S\n]+|passionate[^\S\n]+|strong[^\S\n]+|great[^\S\n]+|skilled[^\S\n]+)*(?<list>[^!?\n:;|]{2,110}?\b(?:" + ListNouns + @"|SWEs?|(?<!\b(?:to|will|can|could|help)\s+)(?:(?<![,/&]\s*)leads?|leads?(?!\s*(?:,|/|&|\band\b|\bor\b)))|officers?|" + CapitalNouns + "|" + HeadOfTitle + @"))\b(?!\s+(?:roles?|teams?)\b)";

    /// <summary>Role acronyms that end a hiring list in capitals only: "our CTO", "a Senior PM", "a Staff TPM" (not "5 pm").</summary>
    private const string CapitalNouns = "(?-i:CTOs?|PMs?|TPMs?|Devs?)";

    /// <summary>
    /// A title that ends in what it heads, not in a role noun: "Head of Engineering", "VP of Product", "Director of Data". Only the
    /// "of" phrase is matched here, the title word before it checked by a lookbehind once "of" is found (tried first at every
    /// character of a list, the lookbehind cost role finding 5%), so that the list before it keeps its own words. Not a person
    /// ("work with myself (VP of Product) and our Head of Product"), and not where the list goes on ("VP of People, senior accountant,
    /// ... designers": the list ends at its last role noun).
    /// </summary>
    private const string HeadOfTitle =
        @"of(?<=(?<!\([^\S\n]*|\b(?:our|my|your|their|his|her|with)[^\S\n]+)\b(?:head|vp|vice[^\S\n]+president|director)[^\S\n]+of)[^\S\n]+[a-z]+(?![^\S\n]*(?:,|&|/|\band\b|\bor\b))";

    /// <summary>The role nouns, singular or plural, that end both a hiring list and a role joined to it (<see cref="ListContinuation"/>).</summary>
    private const string ListNouns = "engineers?|developers?|devs|designers?|scientists?|managers?|SREs?|architects?|analysts?|interns?|programmers?|researchers?";

    [GeneratedRegex(HiringListPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringList();

    /// <summary>Every <see cref="HiringList"/> match starts with one of these words (case-insensitive regex matching also takes the
    /// Kelvin sign for 'k', so a text holding one is searched from the start).</summary>
    private static readonly SearchValues<string> HiringWords = SearchValues.Create(
        ["hiring", "looking", "seek", "searching", "recruiting", "need", "hire", "open", "position", "vacanc", "role", "opportunit"], StringComparison.OrdinalIgnoreCase);

    /// <summary><see cref="HiringList"/> tried at one position only (<c>\G</c>): at a word that can start a match.</summary>
    [GeneratedRegex(@"\G(?:" + HiringListPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringListAt();

    /// <summary>
    /// The next <see cref="HiringList"/> match from <paramref name="from"/>. Every match starts at one of
    /// <see cref="HiringWords"/>, so the pattern is tried at each of them in turn, not at every position after the first (a
    /// scan to the end of the text whenever "need" or "open" starts no list).
    /// </summary>
    internal static Match? NextHiringList(string text, int from) => NextHiringList(text, from, text.Contains('\u212A'));

    /// <inheritdoc cref="NextHiringList(string, int)"/>
    /// <param name="kelvin">Whether the text holds a Kelvin sign, which the pattern reads as a "k" (looked for once per text, not per list).</param>
    private static Match? NextHiringList(string text, int from, bool kelvin)
    {
        if (from >= text.Length)
        {
            return null;
        }
        if (kelvin)
        {
            return NextHiringListByScan(text, from);
        }
        // A hiring sentence can end in a role noun only if the rest of its line, up to a stop, holds one: most "need", "open" and
        // "role" start no list, and this test is cheaper than the pattern's attempt. The next role noun and the next stop at or after
        // the word tried are kept: each search runs on from where it stopped, so the words of a long paragraph do not each search
        // its rest again.
        var noun = -1;
        var stop = -1;
        for (var i = from; i < text.Length; i++)
        {
            var word = text.AsSpan(i).IndexOfAny(HiringWords);
            if (word < 0)
            {
                return null;
            }
            i += word;
            if (noun < i)
            {
                noun = NextRoleNoun(text, i);
                if (noun < 0)
                {
                    return null; // every match ends with a role noun, and none is left
                }
            }
            // "Acme is hiring! Senior Backend Engineer": a "!" right after the hiring word (spaces between) stops nothing, so the stop
            // is looked for after it.
            var listFrom = i;
            while (listFrom < text.Length && char.IsLetter(text[listFrom]))
            {
                listFrom++;
            }
            var bang = listFrom;
            while (bang < text.Length && text[bang] is not '\n' && char.IsWhiteSpace(text[bang]))
            {
                bang++;
            }
            if (bang < text.Length && text[bang] == '!')
            {
                listFrom = bang + 1;
            }
            if (stop < listFrom)
            {
                stop = text.AsSpan(listFrom).IndexOfAny(ListStops) is var t and >= 0 ? listFrom + t : text.Length;
            }
            // A role noun cannot hold a stop, so one that starts before the stop ends before it. The list before the noun holds at
            // most MaxListLength characters after the hiring phrase and its articles: "hiring for several engineering positions. Here
            // is ... a list" ends no list at a noun a paragraph on (failed attempts were nine tenths of the pattern's time).
            if (noun >= stop || noun > OpeningEnd(text, listFrom) + MaxListLength)
            {
                continue;
            }
            // The list may hold dotted names ("Vue.JS", "Sr. Engineers") but not end a sentence: one test here, not a lookahead at
            // every character of the pattern's loop.
            if (HiringListAt().Match(text, i) is { Success: true } m && SentenceStop(m.Groups["list"].ValueSpan, MinSentenceWordLetters) < 0)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a negation stands right before the hiring word at <paramref name="index"/>: "you don't need an army of infrastructure
    /// engineers", "we are not currently hiring junior developers" name no opening.
    /// </summary>
    private static bool NegatedBefore(string text, int index)
    {
        var from = Math.Max(0, index - MaxNegationLength);
        return NegationBefore().IsMatch(text.AsSpan(from, index - from));
    }

    private const int MaxNegationLength = 24;

    [GeneratedRegex(@"(?:\b(?:not|never)|n['’]t|\bno[^\S\n]+longer)(?:[^\S\n]+(?:currently|really|even|actually|yet))?[^\S\n]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationBefore();

    /// <summary>
    /// Another role joined to a hiring list that ended at <paramref name="end"/>: ", a product designer", " and a designer", " as well
    /// as two QA engineers", " and mobile (React Native) developers", ending with a role noun on the same line and in the same
    /// sentence; not the colleagues a hire will work with ("and our designers will help you").
    /// </summary>
    [GeneratedRegex(@"\G(?:[^\S\n]*\([^()\n]{1,40}\))?(?:[^\S\n]*,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+(?:and|&|or|plus|as[^\S\n]+well[^\S\n]+as)[^\S\n]+)(?:an?[^\S\n]+|one[^\S\n]+|two[^\S\n]+|some[^\S\n]+)?(?!(?:our|your|their|his|her|its|we|you|they|other|existing|current|fellow)\b)(?:[^!?\n:;|,.()]|\([^()\n]{1,30}\)|(?<=\b(?:Sr|Jr))\.){0,40}?\b(?:" + ListNouns + "|" + CapitalNouns + "|" + HeadOfTitle + @")\b(?![^\S\n]+(?:roles?|teams?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListContinuation();

    /// <summary>
    /// A role joined by ", and a" or ", an" after the purpose clause that follows a hiring list ending at <paramref name="end"/>:
    /// "a VP of Engineering to grow our team from 8 to 25, and a Sr. PM to own the inspector app". Only with the comma and the
    /// article, in the same sentence: "to work with our designers and product managers" names colleagues.
    /// </summary>
    private static (int Start, int End)? RoleAfterPurpose(string text, int end)
    {
        var purposeEnd = PurposeClauseEnd(text, end);
        if (purposeEnd < 0)
        {
            return null;
        }
        var limit = Math.Min(text.Length, end + MaxPurposeLength);
        for (var i = purposeEnd; i < limit && text[i] is not ('.' or '!' or '?' or ';' or '\n' or ':' or '|'); i++)
        {
            if (text[i] == ',' && ArticleJoin().Match(text, i) is { Success: true } join && ListContinuation().Match(text, i) is { Success: true } role)
            {
                return (join.Index + join.Length, role.Index + role.Length);
            }
        }
        return null;
    }

    /// <summary>
    /// Where a purpose clause that starts right at <paramref name="end"/> (a hiring list's end) and ends within
    /// <see cref="MaxPurposeLength"/> characters ends, or -1. The clause starts with a space (most lists end at a stop or a comma): it
    /// is tried there only, not searched for over the characters after it.
    /// </summary>
    internal static int PurposeClauseEnd(string text, int end) =>
        end < text.Length && text[end] != '\n' && char.IsWhiteSpace(text[end]) &&
        PurposeClauseAt().Match(text, end, Math.Min(MaxPurposeLength, text.Length - end)) is { Success: true } purpose
            ? purpose.Index + purpose.Length
            : -1;

    /// <summary>The purpose clause pattern, for tests of <see cref="PurposeClauseEnd"/> and <see cref="PurposeStart"/>.</summary>
    internal static Regex PurposeClausePattern => PurposeClause();

    /// <summary>Most characters between a hiring list's end and the next role joined after its purpose clause.</summary>
    private const int MaxPurposeLength = 100;

    /// <summary>", and a ", ", an ": the joint before a role named after a purpose clause (<see cref="RoleAfterPurpose"/>).</summary>
    [GeneratedRegex(@"\G,[^\S\n]*(?:and[^\S\n]+)?an?[^\S\n]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleJoin();

    /// <summary>Where a hiring list ending at <paramref name="end"/> really ends, after the roles joined to it (<see cref="ListContinuation"/>).</summary>
    private static int ContinuedListEnd(string text, int end)
    {
        for (var m = ListContinuation().Match(text, end); m.Success; m = ListContinuation().Match(text, end))
        {
            end = m.Index + m.Length;
        }
        return end;
    }

    /// <summary>
    /// What <see cref="NextHiringList"/> finds, by scans of the pattern over the text from <paramref name="from"/>: the leftmost
    /// match that ends no sentence inside its list. After one that does, the next scan starts one character on, so that a list
    /// starting inside it is still found ("looking for coders, ideally ... experience. We are also looking for a data engineer").
    /// </summary>
    internal static Match? NextHiringListByScan(string text, int from)
    {
        for (var m = HiringList().Match(text, from); m.Success; m = HiringList().Match(text, m.Index + 1))
        {
            if (SentenceStop(m.Groups["list"].ValueSpan, MinSentenceWordLetters) < 0)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>
    /// Every <see cref="HiringList"/> match ends with one of these (case-insensitively; "SREs" and "SWEs" hold "sre" and "swe") or with
    /// "CTO" in capitals (<see cref="NextRoleNoun"/>), and no match crosses a line or holds "!", "?", ";" or "|".
    /// </summary>
    private static readonly SearchValues<string> ListRoleNouns = SearchValues.Create(
        ["engineer", "developer", "devs", "designer", "scientist", "manager", "sre", "swe", "lead", "architect", "analyst", "intern", "programmer",
         "researcher", "officer", "head of", "director of", "vp of", "president of"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> ListStops = SearchValues.Create("\n!?;|");

    /// <summary>
    /// Where the next role noun a hiring list can end with starts, at or after <paramref name="from"/>, or -1: one of
    /// <see cref="ListRoleNouns"/> in any case, or an acronym of <see cref="CapitalRoleNouns"/> in capitals (in any case "cto" is
    /// inside "director" and "pm" inside "development").
    /// </summary>
    private static int NextRoleNoun(string text, int from)
    {
        while (true)
        {
            var noun = text.AsSpan(from).IndexOfAny(ListRoleNouns);
            var capital = text.AsSpan(from, noun < 0 ? text.Length - from : Math.Min(text.Length - from, noun + 3)).IndexOfAny(CapitalRoleNouns);
            var first = capital >= 0 && (noun < 0 || capital < noun) ? capital : noun;
            if (first < 0)
            {
                return -1;
            }
            // "engineering", "leadership", "internal": most nouns found are inside a longer word, which ends no list.
            if (IsWholeNoun(text, from + first))
            {
                return from + first;
            }
            from += first + 1;
        }
    }

    /// <summary>
    /// Whether the noun found at <paramref name="at"/> can be the last word of a hiring list: no letter or digit before it, and its
    /// word (ASCII letters and digits) one of <see cref="ListEndWords"/>. A word running into a non-ASCII character, which the
    /// pattern may read as a boundary, is let through.
    /// </summary>
    private static bool IsWholeNoun(string text, int at)
    {
        if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]))
        {
            return false;
        }
        var end = at;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }
        return (end < text.Length && !char.IsAscii(text[end])) || ListEndWords.Contains(text.AsSpan(at, end - at));
    }

    /// <summary>
    /// The words at which <see cref="NextRoleNoun"/> finds a noun that can end a hiring list: the nouns, singular or plural, and the
    /// first words of <see cref="HeadOfTitle"/>s.
    /// </summary>
    private static readonly WordSet ListEndWords = new(
        "engineer", "engineers", "developer", "developers", "designer", "designers", "scientist", "scientists", "manager", "managers",
        "sre", "sres", "swe", "swes", "lead", "leads", "architect", "architects", "analyst", "analysts", "intern", "interns", "programmer",
        "programmers", "researcher", "researchers", "officer", "officers", "CTO", "CTOs", "PM", "PMs", "TPM", "TPMs", "head", "director",
        "vp", "president", "Dev", "Devs");

    /// <summary>
    /// Role acronyms a hiring list can end with, found as written only: "CTO", "Senior PM", "Staff TPM" ("TPM" holds "PM": found at
    /// its "T", so that the letter before "PM" does not turn it away), "a Web Fullstack Dev" (in any case "dev" starts "development").
    /// </summary>
    private static readonly SearchValues<string> CapitalRoleNouns = SearchValues.Create(["CTO", "TPM", "PM", "Dev"], StringComparison.Ordinal);

    /// <summary>Most characters of a hiring list before its last noun (the pattern's <c>{2,110}</c>).</summary>
    private const int MaxListLength = 110;

    /// <summary>
    /// Where the words that can follow a hiring word before its list end, from <paramref name="from"/> (the end of the hiring word):
    /// spaces (not a line end), ":", "!", "-" and the words of <see cref="HiringPhraseWords"/>, or any word holding a non-ASCII letter (the
    /// pattern's case-insensitive letters take some). The list starts at this position or before it.
    /// </summary>
    private static int OpeningEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ':' or '!' or '-' || (c != '\n' && char.IsWhiteSpace(c)))
            {
                i++;
                continue;
            }
            var end = i;
            var ascii = true;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || !char.IsAscii(text[end]) && !char.IsWhiteSpace(text[end])))
            {
                ascii &= char.IsAscii(text[end]);
                end++;
            }
            if (end == i || (ascii && !HiringPhraseWords.Contains(text.AsSpan(i, end - i))))
            {
                return i;
            }
            i = end;
        }
        return i;
    }

    /// <summary>The words of <see cref="HiringListPattern"/> between its hiring word and its list: "for", "to hire", "roles for", articles.</summary>
    private static readonly WordSet HiringPhraseWords = new(
        "hiring", "for", "looking", "to", "hire", "seek", "seeks", "seeking", "searching", "recruiting", "need", "open", "role", "roles",
        "position", "positions", "vacancy", "vacancies", "opening", "openings", "opportunity", "opportunities", "a", "an", "the", "our",
        "first", "several", "multiple", "two", "three", "four", "few", "more", "experienced", "talented", "passionate", "strong", "great",
        "skilled");

    /// <summary>Role nouns that are verbs or plain nouns as often: alone at the end of a hiring sentence they name no role.</summary>
    private static readonly WordSet VerbLikeNouns = new("lead", "leads", "head", "heads");

    /// <summary>Titles that name the one person who holds them: alone after a sentence word ("with our CTO") they are that person.</summary>
    private static readonly WordSet PersonNouns = new("CTO", "CTOs");

    /// <summary>"to lead", "to help build": the start of what a hire will do, which ends the hire's title.</summary>
    [GeneratedRegex(PurposePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurposeClause();

    private const string PurposePattern =
        @"[^\S\n]+to[^\S\n]+(?:help[^\S\n]+)?(?:lead|join|build|work|own|manage|drive|support|design|develop|scale|grow|run|shape|take|be|create|make|solve|improve|bring|head|oversee|architect|implement|deliver|maintain|focus|launch|establish|set)\b";

    /// <summary><see cref="PurposeClause"/> tried at the start of its input only (<c>\G</c>): right after a hiring list.</summary>
    [GeneratedRegex(@"\G(?:" + PurposePattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurposeClauseAt();

    /// <summary>Every <see cref="PurposeClause"/> match holds "to" (in any case): a list without it is not searched.</summary>
    private static readonly SearchValues<string> PurposeTo = SearchValues.Create(["to"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Where a purpose clause starts in [start, end) (<see cref="PurposeClause"/>), or <paramref name="end"/>.</summary>
    internal static int PurposeStart(string text, int start, int end) =>
        text.AsSpan(start, end - start).IndexOfAny(PurposeTo) >= 0 && PurposeClause().Match(text, start, end - start) is { Success: true } m ? m.Index : end;

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

    private int AfterLastStopWord(string text, int start, int end)
    {
        var from = start;
        for (var t = new TokenReader(text, start, end); t.Next();)
        {
            if (t.IsWord && _stopWords.Contains(t.Span))
            {
                from = t.End;
            }
        }
        return from;
    }
}
