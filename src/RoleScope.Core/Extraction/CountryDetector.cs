using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Countries where the job may be done, from country names, US states, Canadian provinces, tech cities and state codes
/// after a comma ("Austin, TX"). Places in the header line or the location field always count; places in the body count
/// only after a location cue ("based in", "office in", "Remote (US)"), first in parentheses ("Engineer (Portugal/Remote)") or
/// in a list that continues one, so "customers in Japan" and "(mostly in Japan and Korea)" add nothing.
/// A lone qualifier after a city decides its country ("Cambridge, UK", "London, ON"); a city's own country wins over a
/// state code that is also its ISO code ("Berlin, DE"). Regions (EU, EMEA, worldwide) are recognised and add no country.
/// </summary>
public sealed partial class CountryDetector
{
    /// <summary>How far before a body mention (in characters) a location cue may be: about half a sentence.</summary>
    private const int CueWindow = 48;

    /// <summary>How far before "(" the cue of "Remote (US)" or "Hybrid - office (Berlin)" may be.</summary>
    private const int ParenthesisCueWindow = 24;

    private readonly PhraseTrie<Place> _trie = new();
    private readonly Dictionary<string, string> _subdivisionCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countryCodes = new(StringComparer.Ordinal);

    public CountryDetector(PlaceTable places)
    {
        foreach (var country in places.Countries)
        {
            _countryCodes.Add(country.Code);
            Add(country.Name, country.Code, PlaceKind.Country);
            foreach (var alias in country.Aliases ?? [])
            {
                Add(alias, country.Code, PlaceKind.Country);
            }
        }
        foreach (var state in places.UsStates)
        {
            Add(state.Name, "US", PlaceKind.Subdivision);
            _subdivisionCodes[state.Code] = "US";
        }
        foreach (var province in places.CaProvinces)
        {
            Add(province.Name, "CA", PlaceKind.Subdivision);
            _subdivisionCodes.TryAdd(province.Code, "CA");
        }
        foreach (var city in places.Cities)
        {
            Add(city.Name, city.Country, PlaceKind.City);
            foreach (var alias in city.Aliases ?? [])
            {
                Add(alias, city.Country, PlaceKind.City);
            }
        }
        foreach (var region in places.Regions)
        {
            Add(region.Name, null, PlaceKind.Region);
            foreach (var alias in region.Aliases ?? [])
            {
                Add(alias, null, PlaceKind.Region);
            }
        }
    }

    [GeneratedRegex(@"\b(?:based|located|locat\w+|offices?|hq|headquarter\w*|remote|onsite|on-site|hybrid|relocat\w*|work(?:ing)?\s+from|anywhere|within|residents?|citizens?|must\s+be|candidates|applicants?|time\s?zones?|locations?|live|living|in[\s-]person|position\s+is|role\s+is|job\s+is|city|cities|hiring\s+(?:in|from)|coast|eligible|authori[sz]ed|visa|country|countries|across)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocationCue();

    /// <summary>
    /// The place labels, office words and work-mode words of European boards ("Arbeitsort:", "Lokalizacja:", "Lieu :", "biuro w
    /// Krakowie", "bureaux à Paris", "Presencial en Madrid"): location cues too, tried only where the English cues find none, before
    /// a place where those languages are spoken (as one pattern with the English cues they made the stage a fifth slower; a search
    /// of the whole text for their stems, slower still).
    /// </summary>
    [GeneratedRegex(@"\b(?:standort|arbeitsort|einsatzort|dienstort|ort|lokalizacja|lokalizacje|miejsce\s+pracy|lieu(?!\s+of)|localisation|ubicaci[oó]n|localiza[cç][aã]o|locatie|standplaats|sede|bureaux?|oficinas?|escrit[oó]rio|kantoor|b[uü]ro|buero|biuro|biurze|ufficio|presencial|pr[eé]sentiel|t[eé]l[eé]travail|homeoffice|zdaln\w*|hybrydow\w*|stacjonarn\w*|remoto|h[ií]brido|praca|bas[eé]e?s?\s+[àa]|sur\s+site)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignLocationCue();

    // Between two places of one list: separators, "and"/"or", and a short code in parentheses ("Leiden (NL) or Cambridge").
    [GeneratedRegex(@"^(?:[\s,;/&|+]|\band\b|\bor\b|\bthe\b|\([A-Za-z. ]{1,12}\))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListGlue();

    [GeneratedRegex(@"^[\s/,]*only\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyAfter();

    /// <summary>Detected places with their spans; the caller turns them into sorted distinct codes.</summary>
    /// <summary>Whether [start, end) of the text holds a place name of the table ("Berlin", "Remote US", "SF Bay Area").</summary>
    public bool NamesPlace(string text, int start, int end)
    {
        using var scratch = TokenScratch.Tokenize(text, start, end);
        var matches = new List<PhraseMatch<Place>>();
        var filter = t_filter ??= new ExactFormFilter();
        filter.Text = text;
        _trie.Match(text, scratch.Tokens, filter.Accept, matches);
        filter.Text = "";
        return matches.Count > 0;
    }

    public List<(string Country, int Start, int End)> Detect(PostingText posting, IReadOnlyList<Token> tokenList)
    {
        // A span: the loops below index every token, and through the interface each index was a virtual call.
        ReadOnlySpan<Token> tokens = tokenList is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. tokenList];
        var text = posting.Text;
        var matches = t_matches ??= [];
        matches.Clear();
        var filter = t_filter ??= new ExactFormFilter();
        filter.Text = text;
        _trie.Match(text, tokens, filter.Accept, matches);
        filter.Text = "";

        // Which mentions say where the job is: trusted fields, a cue before them, a place in parentheses, or a list that
        // continues an accepted place ("offices in Paris, London, Berlin, New York, Hong Kong, Singapore, Lisbon, Seoul").
        var accepted = ThreadArray(ref t_accepted, matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var foreign = InBoardLanguage(m.Value);
            accepted[i] = Trusted(posting, m.Start) || HasCueBefore(text, m.Start, foreign) || InParentheses(text, m.Start, m.End, foreign) ||
                (i > 0 && accepted[i - 1] && ContinuesList(text, matches[i - 1].End, m.Start)) || OnPlaceLine(text, matches, i);
            if (!accepted[i] && HasCueAfter(text, m.Start, m.End))
            {
                accepted[i] = true;
                // "Bangalore / Hyderabad (Hybrid)", "Berlin and Munich offices": a cue after a list says where each of its places is.
                for (var j = i - 1; j >= 0 && !accepted[j] && ContinuesList(text, matches[j].End, matches[j + 1].Start); j--)
                {
                    accepted[j] = true;
                }
            }
        }

        // "Austin, TX" / "Toronto, ON": a subdivision code right after a comma, after a place or a word written like a city's name
        // ("GCP, MS SQL" names no state).
        // Made only when a code is found: most postings have none. (With the map of places by first token that PlaceAt replaces,
        // the maps allocated for every posting were a third of this method's allocation.)
        Dictionary<int, string>? codes = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            var t = tokens[i];
            // One branch for the three tests, not one each: nearly every token fails one of them, but which one is as good as
            // random, and the mispredicted branches made this loop a quarter of the method's time (perf, 2026-12-07).
            if (t.IsWord & t.Length == 2 & !tokens[i - 1].IsWord && text[tokens[i - 1].Start] is ',' or '/' &&
                (i + 1 >= tokens.Length || !tokens[i + 1].IsWord || !tokens[i + 1].Joined))
            {
                if (IsCountryCode(t.Span(text)) &&
                    (AfterAcceptedCountry(matches, accepted, i - 2) || codes is not null && codes.TryGetValue(i - 2, out var before) && tokens[i - 2].Span(text).SequenceEqual(before)))
                {
                    // "Remote (US, CA, Portugal)", "US/CA", "(US, CA, MX)": after a country (or a code read as one) a code names another
                    // country, not a state of it.
                    (codes ??= [])[i] = t.Span(text).ToString();
                }
                else if (text[tokens[i - 1].Start] == ',' && AfterCityLikeWord(text, tokens, matches, i - 2) &&
                    _subdivisionCodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(t.Span(text), out var country))
                {
                    (codes ??= [])[i] = country;
                }
            }
        }
        // "Cambridge, UK", "London, Ontario", "Paris, TX": a lone qualifier names the place better than the city's likelier
        // country, and it holds for the whole posting: "Hybrid in Cambridge" further on is the same Cambridge.
        var verdicts = ThreadArray(ref t_verdicts, matches.Count);
        HashSet<Place>? elsewhere = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (m.Value.Kind != PlaceKind.City || m.Value.Country is not { } code || Qualifier(text, tokens, m) is not { } q)
            {
                continue;
            }
            if (codes is not null && codes.ContainsKey(q) && tokens[q].Span(text).SequenceEqual(code))
            {
                codes.Remove(q); // "Berlin, DE", "Amsterdam, NL": the country's own ISO code, not a state's.
                verdicts[i] = CityVerdict.Own;
            }
            else if (!InList(text, tokens, m.FirstToken - 1) && !InList(text, tokens, QualifierEnd(matches, q)))
            {
                // In a list ("Budapest, London, NY, Tallinn") each item stands alone.
                var named = PlaceAt(matches, q) is var p and >= 0 && matches[p].Value.Kind is PlaceKind.Country or PlaceKind.Subdivision
                    ? matches[p].Value.Country
                    : codes?.GetValueOrDefault(q);
                if (named is not null)
                {
                    verdicts[i] = named == code ? CityVerdict.Own : CityVerdict.Elsewhere;
                    if (named != code)
                    {
                        (elsewhere ??= []).Add(m.Value);
                    }
                }
            }
        }
        if (elsewhere is not null)
        {
            for (var i = 0; i < matches.Count; i++)
            {
                if (verdicts[i] == CityVerdict.Own)
                {
                    elsewhere.Remove(matches[i].Value); // both Londons are named: each mention keeps its own verdict
                }
            }
        }

        var found = new List<(string, int, int)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (m.Value.Country is not { } code || !accepted[i] || verdicts[i] == CityVerdict.Elsewhere ||
                (verdicts[i] is null && elsewhere is not null && elsewhere.Contains(m.Value)))
            {
                continue;
            }
            found.Add((code, m.Start, m.End));
        }
        foreach (var (token, country) in codes ?? [])
        {
            found.Add((country, tokens[token].Start, tokens[token].End));
        }
        found.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return found;
    }

    /// <summary>The places found in the posting being read on this thread, reused from posting to posting, not grown anew for each.</summary>
    [ThreadStatic]
    private static List<PhraseMatch<Place>>? t_matches;

    // Per place found, for the posting being read on this thread: arrays reused from posting to posting (cleared, and only the
    // first matches.Count items read), and one test of a place's written form, not a closure for every posting.
    [ThreadStatic]
    private static bool[]? t_accepted;

    [ThreadStatic]
    private static CityVerdict?[]? t_verdicts;

    [ThreadStatic]
    private static ExactFormFilter? t_filter;

    private static T[] ThreadArray<T>(ref T[]? array, int length)
    {
        if (array is null || array.Length < length)
        {
            array = new T[Math.Max(length, 16)];
        }
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>A short all-capital name ("US") is a place only as written.</summary>
    private sealed class ExactFormFilter
    {
        public ExactFormFilter() =>
            Accept = m => m.Value.ExactForm is not { } form || Text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(form);

        public string Text { get; set; } = "";

        public Func<PhraseMatch<Place>, bool> Accept { get; }
    }

    /// <summary>
    /// Whether the token at <paramref name="index"/> can end a city's name before ", TX": the end of a known place, or a word
    /// written like a name (a capital, then small letters: "Portland"), not an acronym ("GCP") or a small word.
    /// </summary>
    private static bool AfterCityLikeWord(string text, ReadOnlySpan<Token> tokens, List<PhraseMatch<Place>> matches, int index)
    {
        if (index < 0 || !tokens[index].IsWord)
        {
            return false;
        }
        foreach (var m in matches)
        {
            if (m.EndToken - 1 == index)
            {
                return true;
            }
        }
        var word = tokens[index].Span(text);
        return word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[1]);
    }

    /// <summary>Whether an accepted country's name ends at the token at <paramref name="index"/> ("US" in "US, CA").</summary>
    private static bool AfterAcceptedCountry(List<PhraseMatch<Place>> matches, bool[] accepted, int index)
    {
        for (var p = 0; p < matches.Count; p++)
        {
            if (matches[p].EndToken - 1 == index)
            {
                return accepted[p] && matches[p].Value.Kind == PlaceKind.Country;
            }
        }
        return false;
    }

    /// <summary>An ISO 3166-1 code in capitals ("CA", "MX").</summary>
    private bool IsCountryCode(ReadOnlySpan<char> word) =>
        !word.ContainsAnyExceptInRange('A', 'Z') && _countryCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The first token of what follows "City," or "City (", else null.</summary>
    private static int? Qualifier(string text, ReadOnlySpan<Token> tokens, PhraseMatch<Place> city) =>
        city.EndToken + 1 < tokens.Length && tokens[city.EndToken] is { IsWord: false } mark && text[mark.Start] is ',' or '(' &&
        tokens[city.EndToken + 1].IsWord
            ? city.EndToken + 1
            : null;

    /// <summary>The token right after a qualifier (a place or a two-letter code).</summary>
    private static int QualifierEnd(List<PhraseMatch<Place>> matches, int qualifier) =>
        PlaceAt(matches, qualifier) is var p and >= 0 ? matches[p].EndToken : qualifier + 1;

    /// <summary>
    /// The index of the place whose first token is <paramref name="token"/>, or -1: a binary search, since the matches are in text
    /// order and never overlap (a map from first token to place, filled for every posting, cost more than the few lookups).
    /// </summary>
    private static int PlaceAt(List<PhraseMatch<Place>> matches, int token)
    {
        int lo = 0, hi = matches.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var first = matches[mid].FirstToken;
            if (first == token)
            {
                return mid;
            }
            if (first < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /// <summary>True when the token at <paramref name="index"/> is a comma that joins list items.</summary>
    private static bool InList(string text, ReadOnlySpan<Token> tokens, int index) =>
        index >= 0 && index < tokens.Length && tokens[index] is { IsWord: false } t && text[t.Start] == ',' &&
        (index + 1 < tokens.Length && tokens[index + 1].IsWord || index > 0 && tokens[index - 1].IsWord);

    private static bool Trusted(PostingText posting, int position) =>
        posting.Header.Contains(position) || posting.Location.Contains(position);

    /// <summary>
    /// Words that make a cued place somewhere other than the job: whom the company serves ("users across Mexico"), where
    /// the team meets or travels ("meets twice a year in Lisbon"), or another team the hire works with ("a rotation shared with our
    /// team in Singapore").
    /// </summary>
    [GeneratedRegex(@"\b(?:users?|customers?|clients?|markets?|partners?|shoppers?|merchants?|patients?|meets?|meetups?|offsites?|off-sites?|retreats?|gatherings?|visits?|travel\w*|trips?|conferences?|events?|with\s+(?:our|the|their|a)\s+(?:[\w-]+\s+)?teams?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotWhereTheJobIs();

    /// <summary>How far before the last location cue a word of <see cref="NotWhereTheJobIs"/> still qualifies it ("users across").</summary>
    private const int CueQualifierWindow = 16;

    /// <summary>
    /// Cues that stand right before the place, read as a suffix of the text before it rather than by <see cref="LocationCue"/>: the
    /// team or hub a hire joins ("join our team in Toronto", "our engineering hub in Kraków"), openings there ("positions available
    /// in Lisbon"), a "Where:" label.
    /// </summary>
    private static readonly string[] CuesRightBefore =
        ["team in", "teams in", "hub in", "studio in", "positions available in", "position available in", "roles available in", "openings available in",
         "jobs available in", "where:", "join us in"];

    private static bool HasCueRightBefore(string text, int position)
    {
        var before = text.AsSpan(0, position).TrimEnd();
        if (before.IsEmpty || before[^1] is not ('n' or 'N' or ':'))
        {
            return false; // every cue ends with "in" or ":"
        }
        foreach (var cue in CuesRightBefore)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) &&
                (before.Length == cue.Length || !char.IsLetterOrDigit(before[^(cue.Length + 1)])))
            {
                // "shared with our team in Singapore": another team the hire works with is not where the job is.
                var from = Math.Max(0, before.Length - cue.Length - CueQualifierWindow);
                return !NotWhereTheJobIs().IsMatch(before[from..]);
            }
        }
        return false;
    }

    /// <param name="foreign">Whether <see cref="ForeignLocationCue"/> is tried too (<see cref="InBoardLanguage"/>).</param>
    private static bool HasCueBefore(string text, int position, bool foreign)
    {
        if (HasCueRightBefore(text, position))
        {
            return true;
        }
        var start = Math.Max(0, position - CueWindow);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1));
        start = Math.Max(start, lineStart + 1);
        var lastCue = -1;
        foreach (var cue in LocationCue().EnumerateMatches(text.AsSpan(start, position - start)))
        {
            lastCue = start + cue.Index;
        }
        if (lastCue < 0 && foreign)
        {
            foreach (var cue in ForeignLocationCue().EnumerateMatches(text.AsSpan(start, position - start)))
            {
                lastCue = start + cue.Index;
            }
        }
        if (lastCue < 0)
        {
            return false;
        }
        var from = Math.Max(start, lastCue - CueQualifierWindow);
        return !NotWhereTheJobIs().IsMatch(text.AsSpan(from, position - from));
    }

    /// <summary>
    /// A place named as an office or as where the hire is: "our Tel Aviv office", "the Boston area", "UK-based Full Stack Engineer",
    /// "Warsaw based candidates". A company's seat is not enough ("a US-based fintech client", "a U.S.-based tech company" on a Polish
    /// board): the job may be done elsewhere. A place followed by how the job is done there is where it is done: "Amsterdam,
    /// hybrid", "London (hybrid)", "Melbourne, VIC - Hybrid", "Berlin or remote", "Singapore, onsite";
    /// in the boards' languages too: "Kraków, hybrydowo", "Madrid (presencial)", "Lyon, télétravail".
    /// </summary>
    [GeneratedRegex(@"^(?:[^\S\n]*-?[^\S\n]*(?:offices?|hq|headquarters|area|campus|hub|based(?=(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]+(?:engineers?|developers?|candidates?|applicants?|roles?|positions?|hires?)\b))\b|(?:[^\S\n]*,[^\S\n]*[A-Z]{2,3})?[^\S\n]*(?:[,(/|\u2013\u2014-][^\S\n]*|or[^\S\n]+)(?:fully[^\S\n]+)?(?:hybrid|on-?site|remote|in[- ]office|in[- ]person|office-based|hybrydow\w*|zdaln\w*|stacjonarn\w*|remoto|h[ií]brido|presencial|hybride|t[eé]l[eé]travail)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CueAfter();

    /// <summary>How far after a place <see cref="CueAfter"/> is looked for.</summary>
    private const int CueAfterWindow = 64;

    /// <summary>
    /// A cue right after the place (<see cref="CueAfter"/>), unless the words before it say whom the company serves or where the
    /// team meets ("our customers' Boston offices").
    /// </summary>
    private static bool HasCueAfter(string text, int start, int end)
    {
        if (!CueAfter().IsMatch(text.AsSpan(end, Math.Min(CueAfterWindow, text.Length - end))))
        {
            return false;
        }
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var from = Math.Max(lineStart, start - CueQualifierWindow);
        return !NotWhereTheJobIs().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// A place alone on its line or as a sentence of its own, as job boards print the location: "Singapore", "San Francisco, CA",
    /// "- Sydney NSW", "Bangalore / Hyderabad" (the first place; the others continue its list), "CTC: 12 LPA. Bangalore. Experience:
    /// 3-5 years". Before it only spaces and a bullet; after it only separators, other places and a short code.
    /// </summary>
    private static bool OnPlaceLine(string text, List<PhraseMatch<Place>> matches, int index)
    {
        var m = matches[index];
        var lineStart = text.LastIndexOf('\n', Math.Max(0, m.Start - 1)) + 1;
        if (lineStart < m.Start && text.AsSpan(lineStart, m.Start - lineStart).LastIndexOf(". ") is var stop and >= 0)
        {
            lineStart += stop + 2; // the sentence before it ends there
        }
        if (lineStart > m.Start || !text.AsSpan(lineStart, m.Start - lineStart).TrimStart(LineBullets).IsEmpty)
        {
            return false;
        }
        var lineEnd = text.IndexOf('\n', m.End) is var nl and >= 0 ? nl : text.Length;
        if (text.AsSpan(m.End, lineEnd - m.End).IndexOf(". ") is var sentenceEnd and >= 0)
        {
            lineEnd = m.End + sentenceEnd + 1; // the sentence ends there, its full stop read as glue
        }
        var next = index + 1;
        for (var i = m.End; i < lineEnd;)
        {
            if (next < matches.Count && matches[next].Start == i)
            {
                i = matches[next++].End;
                continue;
            }
            if (next < matches.Count && matches[next].Start < i)
            {
                next++;
                continue;
            }
            var c = text[i];
            if (char.IsWhiteSpace(c) || PlaceLineGlue.Contains(c))
            {
                i++;
                continue;
            }
            // A short code in capitals ("NSW", "CA") or "and"/"or" between places.
            var word = i;
            while (word < lineEnd && char.IsLetter(text[word]))
            {
                word++;
            }
            var w = text.AsSpan(i, word - i);
            if (word == i || !(w.Length is >= 2 and <= 3 && !w.ContainsAnyExceptInRange('A', 'Z') || w is "and" or "or") || word < lineEnd && char.IsLetterOrDigit(text[word]))
            {
                return false;
            }
            i = word;
        }
        return true;
    }

    private const string LineBullets = "-*\u2022\u00B7\u2013 \t";

    private static readonly SearchValues<char> PlaceLineGlue = SearchValues.Create(",.;/|&()+-\u2013\u2014");

    /// <summary>"in the US or Canada", "Berlin, London and New York": only separators between two places.</summary>
    private static bool ContinuesList(string text, int previousPlaceEnd, int position) =>
        position - previousPlaceEnd <= CueWindow && ListGlue().IsMatch(text.AsSpan(previousPlaceEnd, position - previousPlaceEnd));

    /// <summary>
    /// A place in parentheses that says where: after a location cue ("Remote (US)"), first inside them ("Backend Engineer
    /// (Portugal/Remote)"), or followed by "only" ("(web services, US only)"); not "(mostly in Japan and Korea)".
    /// </summary>
    private static bool InParentheses(string text, int start, int end, bool foreign)
    {
        var open = text.LastIndexOf('(', Math.Max(0, start - 1));
        if (open < 0 || start - open >= 30 || text.IndexOf(')', open) is var close && close < end)
        {
            return false;
        }
        var lineStart = text.LastIndexOf('\n', Math.Max(0, open - 1)) + 1;
        var cueFrom = Math.Max(lineStart, open - ParenthesisCueWindow);
        return LocationCue().IsMatch(text.AsSpan(cueFrom, open - cueFrom)) ||
            foreign && ForeignLocationCue().IsMatch(text.AsSpan(cueFrom, open - cueFrom)) ||
            text.AsSpan(open + 1, start - open - 1).IsWhiteSpace() ||
            OnlyAfter().IsMatch(text.AsSpan(end, close - end));
    }

    private void Add(string name, string? country, PlaceKind kind)
    {
        // Short all-capital names ("US", "UK", "UAE") are ordinary words in other cases ("us").
        var exact = name.Length <= 3 && name.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? name : null;
        _trie.Add(name, new Place(country, exact, kind));
    }

    private enum PlaceKind
    {
        Country,
        Subdivision,
        City,
        Region,
    }

    /// <summary>What a qualifier after a city said: its own country ("Berlin, DE") or another one ("London, Ontario").</summary>
    private enum CityVerdict
    {
        Own,
        Elsewhere,
    }

    private sealed record Place(string? Country, string? ExactForm, PlaceKind Kind);

    /// <summary>
    /// Whether a place lies where the languages of <see cref="ForeignLocationCue"/> are spoken (German, Polish, French, Spanish,
    /// Portuguese, Dutch, Italian): only there is that pattern tried, so that the places of English postings cost no more.
    /// </summary>
    private static bool InBoardLanguage(Place place) => place.Country is { } code && BoardLanguageCountries.Contains(code);

    private static readonly FrozenSet<string> BoardLanguageCountries = FrozenSet.Create(StringComparer.Ordinal,
        "DE", "AT", "CH", "LI", "LU", "BE", "NL", "PL", "FR", "MC", "ES", "AD", "PT", "IT", "SM", "BR", "AO", "MZ", "MX", "AR", "CL", "CO", "PE", "UY",
        "VE", "EC", "BO", "PY", "CR", "PA", "GT", "HN", "SV", "NI", "DO", "CU", "SN", "CI", "MA", "TN", "DZ");
}
