using System.Text.RegularExpressions;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Countries where the job may be done, from country names, US states, Canadian provinces, tech cities and state codes
/// after a comma ("Austin, TX"). Places in the header line or the location field always count; places in the body count
/// only after a location cue ("based in", "office in", "Remote (US)"), so "customers in Japan" adds nothing.
/// Regions (EU, EMEA, worldwide) are recognised and add no country.
/// </summary>
public sealed partial class CountryDetector
{
    /// <summary>How far before a body mention (in characters) a location cue may be: about half a sentence.</summary>
    private const int CueWindow = 48;

    private readonly PhraseTrie<Place> _trie = new();
    private readonly Dictionary<string, string> _subdivisionCodes = new(StringComparer.Ordinal);

    public CountryDetector(PlaceTable places)
    {
        foreach (var country in places.Countries)
        {
            Add(country.Name, country.Code);
            foreach (var alias in country.Aliases ?? [])
            {
                Add(alias, country.Code);
            }
        }
        foreach (var state in places.UsStates)
        {
            Add(state.Name, "US");
            _subdivisionCodes[state.Code] = "US";
        }
        foreach (var province in places.CaProvinces)
        {
            Add(province.Name, "CA");
            _subdivisionCodes.TryAdd(province.Code, "CA");
        }
        foreach (var city in places.Cities)
        {
            Add(city.Name, city.Country);
            foreach (var alias in city.Aliases ?? [])
            {
                Add(alias, city.Country);
            }
        }
        foreach (var region in places.Regions)
        {
            Add(region.Name, null);
            foreach (var alias in region.Aliases ?? [])
            {
                Add(alias, null);
            }
        }
    }

    [GeneratedRegex(@"\b(?:based|located|locat\w+|offices?|hq|headquarter\w*|remote|onsite|on-site|hybrid|relocat\w*|work(?:ing)?\s+from|anywhere|within|residents?|citizens?|must\s+be|candidates|time\s?zones?|locations?|live|living|in[\s-]person|position\s+is|role\s+is|job\s+is|city|cities|hiring\s+in|eligible|authori[sz]ed|visa|country|countries|across)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LocationCue();

    /// <summary>Detected places with their spans; the caller turns them into sorted distinct codes.</summary>
    public List<(string Country, int Start, int End)> Detect(PostingText posting, IReadOnlyList<Token> tokens)
    {
        var text = posting.Text;
        var matches = new List<PhraseMatch<Place>>();
        _trie.Match(text, tokens, m => m.Value.ExactForm is not { } form || text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(form), matches);
        var found = new List<(string, int, int)>();
        foreach (var m in matches)
        {
            if (m.Value.Country is not { } code)
            {
                continue;
            }
            if (Trusted(posting, m.Start) || HasCueBefore(text, m.Start) || InsideRemoteParentheses(text, m.Start))
            {
                found.Add((code, m.Start, m.End));
            }
        }
        // "Austin, TX" / "Toronto, ON": a subdivision code right after a comma.
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsWord && t.Length == 2 && tokens[i - 1] is { IsWord: false } comma && text[comma.Start] == ',' &&
                _subdivisionCodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(t.Span(text), out var country) &&
                (i + 1 >= tokens.Count || !tokens[i + 1].IsWord || !tokens[i + 1].Joined))
            {
                found.Add((country, t.Start, t.End));
            }
        }
        return found;
    }

    private static bool Trusted(PostingText posting, int position) =>
        posting.Header.Contains(position) || posting.Location.Contains(position);

    private static bool HasCueBefore(string text, int position)
    {
        var start = Math.Max(0, position - CueWindow);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1));
        start = Math.Max(start, lineStart + 1);
        return LocationCue().IsMatch(text.AsSpan(start, position - start));
    }

    private static bool InsideRemoteParentheses(string text, int position)
    {
        var open = text.LastIndexOf('(', Math.Max(0, position - 1));
        return open >= 0 && position - open < 30 && text.IndexOf(')', open) is var close && close > position;
    }

    private void Add(string name, string? country)
    {
        // Short all-capital names ("US", "UK", "UAE") are ordinary words in other cases ("us").
        var exact = name.Length <= 3 && name.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? name : null;
        _trie.Add(name, new Place(country, exact));
    }

    private sealed record Place(string? Country, string? ExactForm);
}
