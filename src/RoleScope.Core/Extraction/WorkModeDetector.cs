using System.Buffers;
using System.Text.RegularExpressions;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Work mode of the posting as a whole: the most flexible arrangement it offers. Negations ("no remote", "not remote")
/// and qualifiers ("2 days remote", "partially remote", "work from home twice a week") are read before plain "remote";
/// a city alone says nothing. Five days in the office is the whole week: on site, not hybrid.
/// </summary>
public static partial class WorkModeDetector
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    internal const string NoRemotePattern = @"\b(?:no|not|non|without|never)[\s-]+(?:a\s+|fully\s+|full\s+|100%\s+)*remote\b|(?<=\b(?:temporarily|temporary)\s+)remote\b|\bremote\s+(?:temporarily|until\b|during\s+(?:covid|the\s+pandemic))|\bremote\s*(?:work\s*)?(?::\s*no\b|\(no\)|is\s+not\s+(?:possible|available|an\s+option)|not\s+(?:possible|available|an\s+option)|isn't)|\bnot\s+(?:open\s+to|offering|able\s+to\s+offer)\s+remote\b|\bnot\s+eligible\s+(?:for|to\s+work)\s+(?:fully\s+)?remote(?:ly)?\b|(?<=\b(?:can['’]?t|cannot|can\s+not|won['’]t|will\s+not|do\s+not|don['’]t|does\s+not|doesn['’]t|unable\s+to|not\s+able\s+to)\s+(?:offer|consider|accept|accommodate|support|provide|allow|hire)\s+(?:fully\s+|full\s+|100%\s+)?)remote\b|(?<=\b(?:can['’]?t|cannot|can\s+not|won['’]t|will\s+not)\s+be\s+(?:performed|done|worked|carried\s+out|conducted)\s+)remotely\b|\bremote\s+(?:applicants?|candidates?|applications?)\s+(?:will|would|are|can)\s+not\s+be\b|\bremote\s+(?:applicants?|candidates?|applications?)\s+(?:won['’]t|can['’]t|cannot)\b|\bremote\s*(?:work\s*)?:\s*not\b|\bremote(?:ly)?\s+(?:for\s+)?(?:up\s+to\s+)?(?:\d{1,2}|one|two|three|four|six|a\s+few)\s+weeks?\s+(?:per|a|each|every)\s+year\b";

    [GeneratedRegex(@"\G(?:" + NoRemotePattern + ")", Options)]
    private static partial Regex NoRemoteAt();

    internal static readonly AnchoredPattern NoRemote = new(NoRemotePattern, NoRemoteAt(), ["no", "without", "never", "remote"], mayMatchAt: NoRemoteMayStartAt);

    internal const string PartRemotePattern = @"\b(?:mostly|primarily|mainly|largely|majority)[\s-]+remote\b|\bhybrid[\s-]+remote(?:ly)?\b|\b(?:mon|tues|wednes|thurs|fri)days?\s+(?:WFH|remote|from\s+home)\b|\b(?:remote(?:ly)?|home)\s+(?:most|much|part)\s+of\s+the\s+(?:time|week)\b|\bhybrid\s*\((?![^)\n]{0,30}?(?:\b(?:or|fully|full|100%)\s+(?:remote|wfh)\b|\bremote\s+(?:is\s+)?(?:possible|available|ok|optional|an\s+option)\b))[^)\n]{0,32}?\b(?:remote|wfh|work(?:ing)?\s+from\s+home)\b[^)\n]{0,30}\)|\bpart[\s-]+remote\b|(?<![\d.,])\b[1-9]\d?[^\S\n]*%[^\S\n]*(?:remote|WFH|work(?:ing)?\s+from\s+home)\b|\b(?:work(?:ing)?\s+from\s+home|WFH)\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri)days?|once|twice|one|two|three|\d)\b|\b(?:one|two|three|four|\d)\s+days?\s+(?:a\s+week\s+)?(?:working\s+)?from\s+home\b|\b(?:partial(?:ly)?|partly|part[\s-]time|occasional(?:ly)?|sometimes|\d\s*(?:days?|x)\s*(?:a|per|/)?\s*(?:week|wk)?)\s+remote\b|\bremote\s+(?:\d|one|two|three|four)\s*days?\b|\b(?:one|two|three|four|\d)\s+days?\s+(?:a|per)\s+week\s+(?:of\s+)?(?:remote|from\s+home|wfh)\b|\b(?:one|two|three|four|\d)\s+(?:remote|wfh|home[\s-]office)\s+days?\b|\b(?:some|occasional|a\s+few)\s+remote\s+(?:working\s+|work\s+)?days?\b|\bremote\s+(?:working\s+|work\s+)?days?\b|\b(?:remote(?:ly)?(?:\s+work(?:ing)?)?|work(?:ing)?\s+from\s+home|WFH)(?:\s+(?:is\s+)?(?:allowed|possible|available|optional|ok))?\s+(?:up\s+to\s+)?(?:once|twice|(?:one|two|three|four|[1-4])(?:\s*-\s*[1-4])?\s*(?:days?|times|x))\s*(?:a|per|/|each|every)\s*week\b";

    [GeneratedRegex(@"\G(?:" + PartRemotePattern + ")", Options)]
    private static partial Regex PartRemoteAt();

    /// <summary>
    /// Also searched only near "remote", "home" or "wfh" (<see cref="MaskedPartRemote"/>); "a" starts "a few remote days".
    /// "Hybrid (onsite + remote)", "HYBRID (flexible WFH)": the bracket says what the hybrid mixes, so its "remote" offers no
    /// fully remote work; "Hybrid (or fully remote)" and "Hybrid (remote possible)" do, and are left to <see cref="Remote"/>.
    /// </summary>
    internal static readonly AnchoredPattern PartRemote = new(PartRemotePattern, PartRemoteAt(),
        ["mostly", "primarily", "mainly", "largely", "majority", "hybrid", "monday", "tuesday", "wednesday", "thursday", "friday", "part", "work", "wfh", "one", "two", "three", "four", "occasional", "some", "remote", "home", "a"], AnchoredPattern.DecimalDigits,
        PartRemoteMayStartAt);

    /// <summary>
    /// A stay away from the office the employer grants for some days, weeks or months a year ("Work anywhere in the EU for 90 days
    /// out of the year", "work from anywhere for 4 weeks a year"): a benefit of an office job, not remote work.
    /// </summary>
    private const string TemporaryStay = @"\s+for\s+(?:up\s+to\s+)?(?:\d{1,3}|one|two|three|four|six|a\s+few)\s+(?:days|weeks|months)\b[^.\n]{0,20}?\b(?:year|annually)\b";

    internal const string RemotePattern = @"\bremote(?:ly)?\b(?!(?<=\b(?:for|of|helps?|connects?)\s+remote)\s+(?:and\s+hybrid\s+)?(?:teams?|workers?|employees|companies|workforces?|organi[sz]ations)\b)(?![\s-]+(?:sensing|upgrades?|updates?|debugging|diagnostics?|execution|mechanisms?|control|controls|controlled|operated|piloted|procedure|desktop|access|devices?|monitoring|patient|teams?\s+across|management\s+tools|working\s+days?|work\s+days?|days?|workouts?|fitness|yoga|classes))|\bwork\s+from\s+(?:home|anywhere)\b(?!" + TemporaryStay + @")|\bWF[HA]\b|\btelecommute\b|\btelework\b|\bhome[ -]based\b(?![\s-]+(?:care|health|healthcare|services?|business|businesses|patients?|nursing))|\bwork[\s-]from[\s-]anywhere\b(?!" + TemporaryStay + @")|\bdistributed[\s-]first\b|\bfully[\s-]distributed\b|(?<=\b(?:US|USA|EU|UK|Europe|Canada|LATAM|EMEA)[\s-]+)anywhere\b|\banywhere\s+in\s+(?:the\s+)?(?:world|US|USA|U\.S\.|EU|UK|Europe|Canada|LATAM|EMEA)\b(?!" + TemporaryStay + @")";

    [GeneratedRegex(@"\G(?:" + RemotePattern + ")", Options)]
    private static partial Regex RemoteAt();

    internal static readonly AnchoredPattern Remote = new(RemotePattern, RemoteAt(), ["remote", "work", "wfh", "wfa", "distributed", "fully", "anywhere", "telecommute", "telework", "home-based", "home based"]);

    internal const string HybridPattern = @"\bhybrid\b(?![\s-]+(?:cloud|apps?|mobile|vehicles?|car))|\b(?:on[\s-]?site|in[\s-]office|in\s+the\s+office|office|in[\s-]person|in[\s-]studio|studio)\b[^.\n]{0,50}?\b(?:(?:at\s+least\s+)?(?:one|two|three|four|[1-4])(?:\s*-\s*[1-4])?\s+days?(?:\s*/|\s+(?:a|per|each))\s*week|(?:once|twice|three\s+times|[1-4]\s*x)\s+(?:a|per|each|every)\s+week|(?:mon|tues|wednes)days?\s+(?:through|thru|to|-|–)\s+(?:tues|wednes|thurs)days?|" + WeekdayPair + @"|(?:at\s+least\s+)?[1-9]\d?\s*%\s+of\s+(?:the|your)\s+(?:time|week))\b|\b" + WeekdayPair + @"\b[^.;,\n]{0,20}?\b(?:in[\s-]office|in\s+the\s+office|on[\s-]?site|in[\s-]person)\b|\b(?:occasional|some)\s+(?:office|in-office|onsite|on-site)\s+days?\b|\bflexible\s+(?:office|hybrid)\b|\b(?:one|two|three|four|[1-4])(?:\s*-\s*\d)?\s+days?(?:\s*/|\s+(?:a|per))\s*week\s+(?:in|at)\s+(?:the|our)?\s*(?:[A-Z][\w-]*\s+){0,2}(?:office|hq|studio)\b|\b(?:one|two|three|four|[1-4])(?:\s*-\s*\d)?\s+days?\s+(?:in|at)\s+(?:the|our)?\s*(?:office|hq)\b|\boffice\s+(?:one|two|three|four|[1-4])\s+days\b|\b(?:one|two|three|four|[1-4])(?:\s*-\s*\d)?\s+days?\s+(?:on[\s-]?site|in[\s-]office|in[\s-]person)\b";

    /// <summary>Two or three weekdays, not the whole week: "Tuesdays and Thursdays", "Monday, Wednesday and Friday".</summary>
    private const string WeekdayPair = @"(?:on\s+)?(?:mon|tues|wednes|thurs|fri)days?\s*(?:,|and|&)\s*(?:mon|tues|wednes|thurs|fri)days?(?:\s*(?:,|and|&)\s*(?:mon|tues|wednes|thurs|fri)days?)?";

    [GeneratedRegex(@"\G(?:" + HybridPattern + ")", Options)]
    private static partial Regex HybridAt();

    internal static readonly AnchoredPattern Hybrid = new(HybridPattern, HybridAt(), ["hybrid", "on", "in", "office", "studio", "occasional", "some", "flexible", "one", "two", "three", "four", "monday", "tuesday", "wednesday", "thursday", "friday"], "1234");

    internal const string OnsitePattern = @"\bon[\s-]?site\b|\bin[\s-]office\b|\bin\s+the\s+office\b|\bin[\s-]person\b|\boffice[\s-]based\b|\bonsite\b|\bon\s+premises\b|\bfrom\s+our\s+office\b|\bwork\s+from\s+(?:the\s+|our\s+)?office\b|\bin[\s-]studio\b|\b(?:five|5)\s+days\s+(?:a|per)\s+week\b|\bIRL\b|\b(?-i:WFO)\b|\bcommute\s+to\s+(?:the\s+|our\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:office|hq|studio|campus)\b";

    [GeneratedRegex(@"\G(?:" + OnsitePattern + ")", Options)]
    private static partial Regex OnsiteAt();

    internal static readonly AnchoredPattern Onsite = new(OnsitePattern, OnsiteAt(), ["on", "in", "office", "from", "work", "five", "irl", "wfo", "commute"], "5");

    /// <summary>
    /// The role itself said to be on site ("a remote-first company, but this role is onsite", "this particular role requires you to be
    /// in our Toronto office 3 days/week", "this one is based in our Chicago office"): what the role says outranks what the company
    /// says of itself (<see cref="CompanyRemote"/>). Not when the sentence goes on to offer remote; a count of days
    /// after it ("in-office two days a week") is still read as hybrid by <see cref="Hybrid"/>.
    /// </summary>
    [GeneratedRegex(@"\b(?:this|the)\s+(?:particular\s+|specific\s+)?(?:role|position|job|opening|one) (?:is|requires|will\s+require)\s+(?:fully\s+|100%\s+|strictly\s+|entirely\s+|you\s+to\s+(?:be|work)\s+|(?:based|located)\s+(?:in|at|out\s+of)\s+)?(?:on[\s-]?site|in[\s-]office|in\s+(?:the|our)\s+(?:[A-Z][\w-]*\s+){0,2}office|office[\s-]based|in[\s-]person|(?:the|our)\s+(?:[A-Z][\w-]*\s+){0,2}office)\b(?!\s*(?:,\s*)?(?:or|and|/|with|\+)\s*(?:remote|hybrid|wfh))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleOnsite();

    /// <summary>
    /// What a company says of itself or of its other roles, not of this one: "we are a remote-first company", "the team is fully
    /// distributed", "our team works remotely", "many of our roles are remote".
    /// </summary>
    [GeneratedRegex(@"\b(?:remote|distributed)[\s-](?:first|friendly)\s+(?:company|team|organi[sz]ation|culture|startup|business)\b|(?<=\b(?:many|most|some)\s+of\s+our\s+(?:roles|positions|jobs)\s+are\s+(?:fully\s+)?)remote\b|(?<=\b(?:company|team)\s+is\s+(?:fully\s+|mostly\s+|largely\s+)?)(?:remote|distributed)\b|(?<=\b(?:company|team|we|everyone)\s+(?:works?|operates?)\s+(?:fully\s+|mostly\s+|largely\s+)?)remotely\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyRemote();

    /// <summary>The text with every match of <paramref name="pattern"/> blanked (offsets kept), so later patterns do not see them.</summary>
    internal static string Blanked(string text, Regex pattern)
    {
        char[]? chars = null;
        foreach (var m in pattern.EnumerateMatches(text))
        {
            chars ??= text.ToCharArray();
            Array.Fill(chars, ' ', m.Index, m.Length);
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// The text with every <see cref="NoRemote"/> match blanked (offsets kept), so later patterns do not see them. Every match
    /// holds "remote" (which no other character spells, case aside), so no position past the last one is tried.
    /// </summary>
    /// <param name="first">The first match, or null when there is none.</param>
    private static string BlankedNegations(string text, out (int Index, int Length)? first)
    {
        first = null;
        var lastRemote = LastRemote(text);
        char[]? chars = null;
        for (var from = 0; from <= lastRemote && NoRemote.Match(text, from, lastRemote) is { } m; from = m.Index + Math.Max(m.Length, 1))
        {
            first ??= m;
            chars ??= text.ToCharArray();
            Array.Fill(chars, ' ', m.Index, m.Length);
        }
        return chars is null ? text : new string(chars);
    }

    private static readonly SearchValues<string> RemoteWord = SearchValues.Create(["remote"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the last "remote" of the text begins, or -1: found forwards, word after word (a posting says it once or twice), since
    /// <c>LastIndexOf</c> ignoring case is not vectorised and took longer than all the negations' attempts (2026-12-07).
    /// </summary>
    private static int LastRemote(string text)
    {
        var last = -1;
        while (text.AsSpan(last + 1).IndexOfAny(RemoteWord) is var next and >= 0)
        {
            last += next + 1;
        }
        return last;
    }

    /// <summary>Every <see cref="RoleOnsite"/> match holds one of these (normalised text has single spaces); a text with none is not searched, so "the" all over a posting does not start an attempt each time.</summary>
    private static readonly SearchValues<string> RoleWords =
        SearchValues.Create(["role is", "position is", "job is", "opening is", "this one is", "the one is", "role requires", "position requires", "job requires",
            "role will require", "position will require"], StringComparison.OrdinalIgnoreCase);

    // Every match of a pattern contains one of its words, so a text with none of them is not searched. Case-insensitive regex
    // matching also equates 'k' with the Kelvin sign (U+212A), which ordinal comparison does not: such a text is always searched.
    private static readonly SearchValues<string> RemoteWords = SearchValues.Create(["remote", "home", "wfh"], StringComparison.OrdinalIgnoreCase);
    internal static readonly SearchValues<string> HybridWords = SearchValues.Create(["hybrid", "day", "flexible", "week", "% of"], StringComparison.OrdinalIgnoreCase);
    internal static readonly SearchValues<string> OnsiteWords =
        SearchValues.Create(["site", "office", "person", "premises", "studio", "days", "irl", "wfo", "commute"], StringComparison.OrdinalIgnoreCase);

    private static bool MayMatch(ReadOnlySpan<char> text, SearchValues<string> words, bool kelvin) => kelvin || text.IndexOfAny(words) >= 0;

    /// <summary>The work mode and the span of text that decided it.</summary>
    public static (WorkMode Mode, int Start, int End) Detect(string text)
    {
        var kelvin = text.Contains('\u212A');
        // "A remote-first company, but this role is onsite": the company's description of itself offers nothing to this role.
        var roleOnsite = MayMatch(text, RoleWords, kelvin) && MayMatch(text, OnsiteWords, kelvin) && RoleOnsite().Match(text) is { Success: true } r
            ? r
            : null;
        var source = roleOnsite is not null ? Blanked(text, CompanyRemote()) : text;
        // Negations and part-remote phrases all contain "remote", "home" or "wfh"; most postings skip both masks.
        var mentionsRemote = MayMatch(text, RemoteWords, kelvin);
        (int Index, int Length)? negation = null;
        (int Index, int Length)? partial = null;
        var part = mentionsRemote ? MaskedPartRemote(BlankedNegations(source, out negation), kelvin, out partial) : source;
        // MatchNear searches for the key words first: a text without them is not searched further.
        if (Remote.MatchNear(part, RemoteKeys, RemoteLead, kelvin) is { } remote)
        {
            return (WorkMode.Remote, remote.Index, remote.Index + remote.Length);
        }
        if (partial is { } p)
        {
            return (WorkMode.Hybrid, p.Index, p.Index + p.Length);
        }
        if (Hybrid.MatchNear(text, HybridWords, HybridLead, kelvin) is { } hybrid)
        {
            return (WorkMode.Hybrid, hybrid.Index, hybrid.Index + hybrid.Length);
        }
        if (Onsite.MatchNear(text, OnsiteWords, OnsiteLead, kelvin) is { } onsite)
        {
            return (WorkMode.Onsite, onsite.Index, onsite.Index + onsite.Length);
        }
        if (roleOnsite is not null)
        {
            // "This one is based in our Chicago office": the role's own office, with no count of days.
            return (WorkMode.Onsite, roleOnsite.Index, roleOnsite.Index + roleOnsite.Length);
        }
        if (ForeignWorkModeWords.Detect(text) is { Mode: not WorkMode.Unknown } foreign)
        {
            // "Homeoffice möglich", "praca zdalna", "télétravail complet": read only when the English wording offers nothing.
            return foreign;
        }
        if (negation is { } n)
        {
            return (WorkMode.Onsite, n.Index, n.Index + n.Length);
        }
        return (WorkMode.Unknown, 0, 0);
    }

    /// <summary>
    /// Every <see cref="Remote"/> match holds one of these (case aside): "remote", "WFH", "WFA", "telecommute", "telework", "home" (of
    /// "work from home" and "home-based"), "anywhere" or "distributed". "work" alone starts matches but says nothing.
    /// </summary>
    internal static readonly SearchValues<string> RemoteKeys =
        SearchValues.Create(["remote", "wfh", "wfa", "telecommute", "telework", "home", "anywhere", "distributed"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Most letters, digits and symbols a <see cref="Remote"/> match holds before its first <see cref="RemoteKeys"/> word (<see cref="AnchoredPattern.MatchNear"/>), with a
    /// margin: "work-from-" before "anywhere" has 10; whitespace does not count.
    /// </summary>
    internal const int RemoteLead = 16;

    /// <summary>
    /// Most letters, digits and symbols a <see cref="Hybrid"/> match holds before its first "hybrid", "day", "flexible", "week" or
    /// "% of" (<see cref="HybridWords"/>), with a margin: "in the office", 50 characters, "at least", "three", "-4" before "days" are
    /// 75; "in the office", 50 characters, "three times a" before "week" are 74.
    /// </summary>
    internal const int HybridLead = 80;

    /// <summary>
    /// Most letters, digits and symbols an <see cref="Onsite"/> match holds before its first <see cref="OnsiteWords"/> word, with
    /// a margin: "work from the" before "office" has 11 ("commute to our Chicago office" starts with its key word, "commute").
    /// </summary>
    internal const int OnsiteLead = 16;

    /// <summary>
    /// Most letters, digits and symbols a <see cref="PartRemote"/> match holds before its first "remote", "home" or "wfh"
    /// ("three days a week working from home" has 25; "hybrid (" and up to 32 characters before "remote" in the bracket, 39 at
    /// most), with a margin; whitespace between them does not count.
    /// </summary>
    private const int PartRemoteLead = 40;

    /// <summary>
    /// Most letters, digits and symbols a <see cref="PartRemote"/> attempt reads from where it starts, with a margin: the
    /// longest match, "working from home is available up to three times every week", has 49, and <c>\b</c> peeks at one more.
    /// </summary>
    private const int PartRemoteReach = 64;

    /// <summary>
    /// Every <see cref="PartRemote"/> match holds one of these or a digit besides its "remote", "home" or "wfh" (a count of
    /// days or times, a week, a qualifier): a window around such a word without any of them is not searched. "week" and "wk" hold a
    /// 'k', which the pattern also matches as the Kelvin sign: a text holding one is always searched.
    /// </summary>
    private static readonly SearchValues<string> PartRemoteWords = SearchValues.Create(
        ["mostly", "most of", "much of", "primarily", "mainly", "largely", "majority", "hybrid", "day", "once", "twice", "one", "two", "three", "four", "partially", "partly", "part", "occasional", "sometimes", "week",
         "wk"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Blanks every <see cref="PartRemote"/> match, as a scan of the whole text would find them, by searching only near each
    /// "remote", "home" or "wfh": every match starts at most <see cref="PartRemoteLead"/> non-space characters before its first
    /// such word, and no attempt starting at or before that word reads more than <see cref="PartRemoteReach"/> beyond it. So a
    /// match found in the window of a word and starting at or before it is the leftmost match of the whole text.
    /// </summary>
    internal static string MaskedPartRemote(string text, bool kelvin, out (int Index, int Length)? first)
    {
        first = null;
        char[]? chars = null;
        var from = 0;
        var keywordFrom = 0;
        while (keywordFrom < text.Length)
        {
            var word = text.AsSpan(keywordFrom).IndexOfAny(RemoteWords);
            if (word < 0)
            {
                break;
            }
            var keyword = keywordFrom + word;
            // Positions before keywordFrom were tried near an earlier word, with the same result as here: no attempt starting at or
            // before a word reads past its window.
            var start = Math.Max(Math.Max(from, keywordFrom), AnchoredPattern.NonSpaceBack(text, keyword, PartRemoteLead));
            var end = Forward(text, keyword, PartRemoteReach);
            var window = text.AsSpan(start, end - start);
            if (!kelvin && window.IndexOfAny(PartRemoteWords) < 0 && window.IndexOfAny(AnchoredPattern.DecimalDigitValues) < 0)
            {
                // No match lies in this window, and so none has this word as its first.
                keywordFrom = keyword + 1;
                continue;
            }
            if (PartRemote.Match(text.AsSpan(0, end), start, keyword) is not { } m)
            {
                // No match has this word as its first: later matches start near later words.
                keywordFrom = keyword + 1;
                continue;
            }
            first ??= (m.Index, m.Length);
            chars ??= text.ToCharArray();
            Array.Fill(chars, ' ', m.Index, m.Length);
            from = m.Index + Math.Max(m.Length, 1);
            keywordFrom = from;
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>The position after <paramref name="count"/> non-whitespace characters from <paramref name="position"/> and the whitespace among them (or the end).</summary>
    private static int Forward(string text, int position, int count)
    {
        var i = position;
        while (i < text.Length && count > 0)
        {
            // Counted without a branch: words and spaces alternate every few characters, and the branch was mispredicted at each turn.
            count -= char.IsWhiteSpace(text[i]) ? 0 : 1;
            i++;
        }
        // The whitespace after the last counted character, and one character more for a lookahead or \b to see.
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return Math.Min(text.Length, i + 1);
    }
}
