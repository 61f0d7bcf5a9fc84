using System.Buffers;
using System.Text;
using RoleScope.Core.Extraction;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>
/// A work-mode or years pattern tried only near its key words (<see cref="AnchoredPattern.MatchNear"/>) must find the match a search of
/// the whole text finds, and a search bounded by its last start (<see cref="AnchoredPattern.Match(ReadOnlySpan{char}, int, int)"/>)
/// the first match that starts in bounds: on every real posting we hold and on seeded random texts of the patterns' own words.
/// </summary>
public sealed class KeyWordWindowTests
{
    private static readonly Dictionary<string, (AnchoredPattern Pattern, SearchValues<string> Keys, int Lead)> Searches = new()
    {
        ["Remote"] = (WorkModeDetector.Remote, WorkModeDetector.RemoteKeys, WorkModeDetector.RemoteLead),
        ["Hybrid"] = (WorkModeDetector.Hybrid, WorkModeDetector.HybridWords, WorkModeDetector.HybridLead),
        ["Onsite"] = (WorkModeDetector.Onsite, WorkModeDetector.OnsiteWords, WorkModeDetector.OnsiteLead),
        ["Years"] = (ExperienceYears.Years, ExperienceYears.YearWords, ExperienceYears.YearsLead),
    };

    public static TheoryData<string> Names() => [.. Searches.Keys];

    private static readonly Lazy<List<string>> RealTexts = new(() =>
        [.. RepositoryData.HnTexts().Concat(RepositoryData.GoldenDescriptions()).Select(HtmlToText.Convert)]);

    [Theory]
    [MemberData(nameof(Names))]
    public void Finds_what_a_whole_search_finds_in_every_real_posting(string name)
    {
        var (pattern, keys, lead) = Searches[name];
        var matched = 0;
        foreach (var text in RealTexts.Value)
        {
            var expected = pattern.Match(text);
            Assert.Equal(expected, pattern.MatchNear(text, keys, lead, kelvin: false));
            matched += expected is null ? 0 : 1;
        }
        Assert.True(matched >= 10, $"{name} matched {matched} postings");
    }

    private static readonly string[] Words =
    [
        "remote", "remotely", "work", "working", "from", "home", "anywhere", "WFH", "wfa", "telecommute", "telework", "home-based",
        "based", "distributed", "first", "fully", "US", "EU", "in", "the", "world", "for", "teams", "sensing", "hybrid", "cloud", "on",
        "site", "onsite", "on-site", "office", "in-office", "person", "in-person", "studio", "at", "least", "one", "two", "three",
        "four", "five", "1", "2", "3", "4", "5", "day", "days", "a", "per", "/", "each", "week", "occasional", "some", "flexible",
        "our", "HQ", "premises", "IRL", "-", ".", "\n", "x", "today", "Monday", "network", "supersite", "lorem", "ipsum", "dolor",
        "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do", "eiusmod", "tempor", "year", "years", "yrs", "YOE", "of",
        "experience", "exp", "min.", "minimum", "more", "than", "over", "plus", "+", "(", ")", "5+", "(3+", "2-3", "10", "1.5", "or",
        "building", "professional", "as", "an", "engineer", "company", ":", "seven", "ten", "٣",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", "  ", "\n", "-", "", "\t"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Finds_what_a_whole_search_finds_in_random_texts(string name)
    {
        var (pattern, keys, lead) = Searches[name];
        var random = new Random(20261207);
        var matched = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random);
            var expected = pattern.Match(text);
            var actual = pattern.MatchNear(text, keys, lead, kelvin: false);
            Assert.True(expected == actual, $"{name} on \"{text}\": whole {expected}, near key words {actual}");
            matched += expected is null ? 0 : 1;
        }
        Assert.True(matched >= 50, $"{name} matched {matched} random texts");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bounded_search_finds_the_first_match_that_starts_in_bounds(string name)
    {
        var pattern = Searches[name].Pattern;
        var random = new Random(7);
        for (var n = 0; n < 5_000; n++)
        {
            var text = RandomText(random);
            var from = random.Next(text.Length + 1);
            var lastStart = random.Next(from, text.Length + 1);
            var expected = pattern.Match(text, from) is { } m && m.Index <= lastStart ? m : ((int, int)?)null;
            Assert.Equal(expected, pattern.Match(text, from, lastStart));
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var words = random.Next(1, 40); words > 0; words--)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(Separators[random.Next(Separators.Length)]);
        }
        return text.ToString();
    }
}
