using System.Text.RegularExpressions;
using RoleScope.Core.Extraction;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>
/// A pattern tried only at its start words must find exactly the matches a scan of the whole text finds: on every real
/// posting we hold and on seeded random texts built from the patterns' own words, in random case, with odd spacing,
/// digits and the Kelvin sign.
/// </summary>
public sealed class AnchoredPatternTests
{
    public static TheoryData<string> Patterns() => [.. WorkModePatterns.Keys];

    private static readonly Dictionary<string, AnchoredPattern> WorkModePatterns = new()
    {
        ["NoRemote"] = WorkModeDetector.NoRemote,
        ["PartRemote"] = WorkModeDetector.PartRemote,
        ["Remote"] = WorkModeDetector.Remote,
        ["Hybrid"] = WorkModeDetector.Hybrid,
        ["Onsite"] = WorkModeDetector.Onsite,
        ["Years"] = ExperienceYears.Years,
    };

    private static readonly Lazy<List<string>> RealTexts = new(() =>
        [.. RepositoryData.HnTexts().Concat(RepositoryData.GoldenDescriptions()).Select(HtmlToText.Convert)]);

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Finds_what_a_scan_finds_in_every_real_posting(string name)
    {
        var pattern = WorkModePatterns[name];
        var scan = new Regex(pattern.Pattern, pattern.Options);
        var matched = 0;
        foreach (var text in RealTexts.Value)
        {
            var expected = Scan(scan, text);
            Assert.Equal(expected, pattern.Matches(text));
            matched += expected.Count > 0 ? 1 : 0;
        }
        // The comparison means something only if the pattern matches real text now and then.
        Assert.True(matched >= 10, $"{name} matched {matched} postings");
    }

    private static readonly string[] Words =
    [
        "no", "not", "non", "without", "never", "a", "fully", "full", "100%", "remote", "remotely", "temporarily", "temporary",
        "until", "during", "covid", "the", "pandemic", "work", "working", "is", "possible", "available", "an", "option", "isn't",
        "open", "to", "offering", "able", "offer", "from", "home", "anywhere", "WFH", "distributed", "first", "US", "EU", "in",
        "world", "hybrid", "cloud", "apps", "on", "site", "onsite", "on-site", "office", "in-office", "person", "in-person",
        "studio", "at", "least", "one", "two", "three", "four", "five", "1", "2", "3", "4", "5", "6", "day", "days", "a", "per",
        "/", "each", "week", "occasional", "some", "flexible", "our", "HQ", "based", "premises", "sensing", "control", "teams",
        "across", "mostly", "primarily", "mainly", "largely", "part", "partially", "partly", "part-time", "sometimes", "occasionally", "few", "a few", "times", "x",
        "once", "twice", "wk", "%", "year", "years", "yrs", "YOE", "experience", "exp", "of", "min.", "minimum", "more", "than", "over",
        "plus", "+", "(", ")", "5+", "(3+", "2-3", "building", "professional", "we", "x(", "1.5", "10", "٣", "20%", "Mondays", "allowed", "up", "every", "home-office", "٣", ":", "(no)", ".", ",", "-", "now", "known", "cannon", "working", "network", "wo\u212Ark", "\u212A", "Monday",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", "  ", "\n", "\n\n", "-", "", "\t"];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Finds_what_a_scan_finds_in_random_texts(string name)
    {
        var pattern = WorkModePatterns[name];
        var scan = new Regex(pattern.Pattern, pattern.Options);
        var random = new Random(20261206);
        var matched = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random);
            var expected = Scan(scan, text);
            var actual = pattern.Matches(text);
            Assert.True(expected.SequenceEqual(actual), $"{name} on \"{text}\": scan {string.Join(' ', expected)}, anchored {string.Join(' ', actual)}");
            matched += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(matched >= 50, $"{name} matched {matched} random texts");
    }

    [Fact]
    public void A_pattern_that_is_not_anchored_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new AnchoredPattern("remote", new Regex("remote"), ["remote"]));
    }

    private static string RandomText(Random random) => RandomTexts.Next(random, Words, Separators, 14, varyCase: true);

    /// <summary>
    /// The part-remote phrases are searched only in windows around "remote", "home" and "wfh"; the text they blank must be
    /// the text a scan of the whole text blanks, on every real posting and on random texts (a window too narrow for a new
    /// phrase, such as "Hybrid (local but mix of onsite and wfh)", fails here).
    /// </summary>
    [Fact]
    public void Part_remote_masking_near_remote_words_blanks_what_a_whole_scan_blanks()
    {
        var scan = new Regex(WorkModeDetector.PartRemote.Pattern, WorkModeDetector.PartRemote.Options);
        var random = new Random(20261207);
        var masked = 0;
        foreach (var text in RealTexts.Value.Concat(Enumerable.Range(0, 20_000).Select(_ => RandomText(random))))
        {
            var expected = Scan(scan, text);
            var chars = text.ToCharArray();
            foreach (var (index, length) in expected)
            {
                Array.Fill(chars, ' ', index, length);
            }
            var actual = WorkModeDetector.MaskedPartRemote(text, text.Contains('\u212A'), out var first);
            Assert.True(new string(chars) == actual, $"masked differently: \"{text}\"");
            Assert.Equal(expected.Count > 0 ? expected[0] : null, first);
            masked += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(masked >= 100, $"only {masked} texts held a part-remote phrase");
    }

    private static readonly string[] HiringWords =
    [
        "we're", "hiring", "for", "looking", "to", "hire", "seeking", "need", "open", "roles", "role", "positions", "a", "few", "senior",
        "backend", "frontend", "and", "or", ",", "engineers", "engineer", "developer", "SREs", "leads", "lead", "designers", "interns",
        "Sr.", "now.", "today", "!", "?", ";", "|", ":", "-", "Vue.JS", "(remote)", "\u212A", "team",
        // Nouns inside longer words, acronyms after a letter, and long words that push a noun past the list's 110 characters.
        "engineering", "leadership", "internal", "TPM", "PMs", "CTO", "xPM", "manager2", "engineer\u00e9", "head of", "VP of", "Director of",
        "\u017Feeking", "several", "talented", "the", "to hire", "supercalifragilisticexpialidocious", "internationalisation-and-localisation",
    ];

    /// <summary>
    /// Hiring sentences are tried only at their start words, and only where the rest of the line holds a role noun: every list found
    /// so must be the one a scan of the pattern over the whole text finds, on every real posting and on random texts.
    /// </summary>
    [Fact]
    public void Hiring_lists_tried_at_their_start_words_are_those_a_scan_finds()
    {
        var random = new Random(20261208);
        var found = 0;
        var randomTexts = Enumerable.Range(0, 20_000).Select(_ =>
            string.Join("", Enumerable.Range(0, random.Next(1, 16)).Select(_ => HiringWords[random.Next(HiringWords.Length)] + Separators[random.Next(Separators.Length)])));
        foreach (var text in RealTexts.Value.Concat(randomTexts))
        {
            for (var from = 0; ;)
            {
                var expected = RoleFinder.NextHiringListByScan(text, from);
                var actual = RoleFinder.NextHiringList(text, from);
                Assert.True((expected?.Index, expected?.Length) == (actual?.Index, actual?.Length), $"hiring list differs from {from} in \"{text}\"");
                if (expected is null)
                {
                    break;
                }
                found++;
                from = expected.Index + expected.Length;
            }
        }
        Assert.True(found >= 200, $"only {found} hiring lists found");
    }

    private static readonly string[] ListWords =
    [
        "Senior", "Backend", "and", "AND", "or", "Or", "Director", "andy", "oracle", "for", ",", ";", "&", "/", "+", "C++", "7+", "Sand", "(or)",
        "Engineer", "_and_", "\u00e9or", "2or",
    ];

    /// <summary>A list is split by the separator pattern only where it may hold a separator: the pre-check must let every text through
    /// in which the pattern finds one, on every line of the real postings and on random texts.</summary>
    [Fact]
    public void The_list_separator_pre_check_lets_through_every_text_the_pattern_splits()
    {
        var random = new Random(20261210);
        var randomTexts = Enumerable.Range(0, 20_000).Select(_ =>
            string.Join("", Enumerable.Range(0, random.Next(1, 8)).Select(_ => ListWords[random.Next(ListWords.Length)] + Separators[random.Next(Separators.Length)])));
        var split = 0;
        var skipped = 0;
        foreach (var text in RealTexts.Value.SelectMany(t => t.Split('\n')).Concat(randomTexts))
        {
            var matches = RoleFinder.ListSeparatorPattern.IsMatch(text);
            var mayHold = RoleFinder.MayHoldListSeparator(text);
            Assert.True(mayHold || !matches, $"separator not let through in \"{text}\"");
            split += matches ? 1 : 0;
            skipped += mayHold ? 0 : 1;
        }
        Assert.True(split >= 1000 && skipped >= 1000, $"{split} texts split, {skipped} skipped");
    }

    private static readonly string[] PurposeWords =
    [
        "engineer", "to", "TO", "help", "lead", "join", "build", "take", "ta\u212Ae", "be", "tomorrow", "into", "us", ".", ",", "and", "a",
    ];

    /// <summary>
    /// A purpose clause is tried only where it can be (right at a list's end when that is a space; in a list holding "to"): what is
    /// found so must be what the pattern finds at that position or in that list, on every real posting and on random texts.
    /// </summary>
    [Fact]
    public void Purpose_clauses_tried_where_they_can_be_are_those_the_pattern_finds()
    {
        var regex = RoleFinder.PurposeClausePattern;
        var random = new Random(20261211);
        var randomTexts = Enumerable.Range(0, 5_000).Select(_ =>
            string.Join("", Enumerable.Range(0, random.Next(1, 12)).Select(_ => PurposeWords[random.Next(PurposeWords.Length)] + Separators[random.Next(Separators.Length)])));
        var found = 0;
        foreach (var text in RealTexts.Value.Take(500).Concat(randomTexts))
        {
            for (var end = 0; end < text.Length; end++)
            {
                var m = regex.Match(text, end, Math.Min(100, text.Length - end));
                var expected = m.Success && m.Index == end ? m.Index + m.Length : -1;
                Assert.True(expected == RoleFinder.PurposeClauseEnd(text, end), $"purpose clause at {end} differs in \"{text}\"");
                found += expected >= 0 ? 1 : 0;
                var listEnd = Math.Min(text.Length, end + 60);
                var clause = regex.Match(text, end, listEnd - end);
                Assert.Equal(clause.Success ? clause.Index : listEnd, RoleFinder.PurposeStart(text, end, listEnd));
            }
        }
        Assert.True(found >= 100, $"only {found} purpose clauses found");
    }

    private static List<(int Index, int Length)> Scan(Regex regex, string text)
    {
        var found = new List<(int Index, int Length)>();
        foreach (var m in regex.EnumerateMatches(text))
        {
            found.Add((m.Index, m.Length));
        }
        return found;
    }
}
