using System.Text.RegularExpressions;
using RoleScope.Core.Extraction;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>
/// The amounts of a text tried only near its digits (<see cref="SalaryParser.NextAmount"/>) must be exactly those a scan of the
/// money pattern finds: on every real posting we hold and on seeded random texts of currencies, numbers and words.
/// </summary>
public sealed class SalaryAmountSearchTests
{
    private static readonly Regex Scan = new(SalaryParser.MoneyScanPattern, RegexOptions.CultureInvariant);

    private static List<(int, int)> Scanned(string text) => [.. Scan.Matches(text).Select(m => (m.Index, m.Length))];

    private static List<(int, int)> Searched(string text)
    {
        var found = new List<(int, int)>();
        for (var from = 0; SalaryParser.NextAmount(text, from, out var read) is { } m; from = m.Index + m.Length)
        {
            found.Add(m);
            // An amount read with its groups is the same match and begins with a currency, so it is pay-like (never passed over).
            Assert.True(read is null || (read.Index, read.Length) == m && !char.IsDigit(text[m.Index]) && read.Groups["apre"].Success,
                $"amount at {m.Index} of \"{text}\" read as {read?.Index} {read?.Length}");
        }
        return found;
    }

    [Fact]
    public void Finds_what_a_scan_finds_in_every_real_posting()
    {
        var matched = 0;
        foreach (var text in RepositoryData.HnTexts().Concat(RepositoryData.GoldenDescriptions()).Select(HtmlToText.Convert))
        {
            var expected = Scanned(text);
            Assert.Equal(expected, Searched(text));
            matched += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(matched >= 10, $"matched {matched} postings");
    }

    private static readonly string[] Words =
    [
        "$", "US$", "USD", "U.S.", "U.S. $", "CA$", "C$", "CAD", "AU$", "A$", "NZD", "S$", "HK$", "€", "EUR", "£", "GBP", "CHF", "PLN",
        "zł", "zl", "INR", "Rs", "Rs.", "₹", "SEK", "JPY", "¥", "₪", "R$", "MXN", "KRW", "ZAR", "TRY", "SAR", "k", "K", "m", "M", "mm",
        "mil", "million", "bn", "B", "billion", "thousand", "LPA", "lakh", "lacs", "crore", "k€", "euros", "pounds", "US dollars",
        "-", "–", "—", "to", "~", "and", "between", "/hr", "/ year", "per", "hour", "1", "12", "150", "150,000", "1,50,000", "120.000",
        "120 000", "4.5", "85,50", "2023", "401", "3952c88d", "v2", "B2B", "٣", "5+", "x", "_", ".", ",", "/", "(", ")", "Senior",
        "Salary:", "AUD", "UUSD", "a", "MXN $", "USD $",
        // Bare numbers that SalaryParser.PlainNumberLength reads without the pattern, and what may extend them.
        "5", "40", "2023", "years", "yrs", "of", "people", "hours", "%", "+", ")", "(", ":", "(5", "40+", "100%", "3)", "x", "kr", "bis", "do", "à",
        "2nd", "10x", "24h", "4th", "3952ef", "5k", "5_", "5'", "5’000", "5.", "5,", "|", "&", "R", "R 5", "Rs", "SEK", "S", "Series", "ZAR", "zł",
        "Q", "Wk", "'", "’", "\u00a0000", "٣٤", "5٣", "days", "months", "employees", "people", "mil", "mils", "million", "bn", "lakhs", "Lacs",
        "crores", "tomorrow", "today", "andy", "a", "do", "dollars", "Dollars", "US dollars", "euros", "EUROS", "pounds", "CA", "CA$", "zlotys", "até",
        "k€", "LPA", "lpa", "Kelvin", "tot",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", "", "\u00a0", "\n", "  "];

    [Fact]
    public void Finds_what_a_scan_finds_in_random_texts()
    {
        var random = new Random(20261207);
        var matched = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var s = RandomTexts.Next(random, Words, Separators, 12);
            var expected = Scanned(s);
            var actual = Searched(s);
            Assert.True(expected.SequenceEqual(actual), $"on \"{s}\": scan {string.Join(' ', expected)}, search {string.Join(' ', actual)}");
            matched += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(matched >= 1000, $"matched {matched} random texts");
    }

    private static readonly Regex ScanAt = new(@"\G(?:" + SalaryParser.MoneyScanPattern + ")", RegexOptions.CultureInvariant);

    /// <summary>Checks <see cref="SalaryParser.BareNumberAt"/> against the pattern at every digit of the text it decides; returns how many.</summary>
    private static int CheckBareNumbers(string text)
    {
        var decided = 0;
        for (var at = 0; at < text.Length; at++)
        {
            var bare = SalaryParser.BareNumberAt(text, at);
            if (bare == SalaryParser.AskPattern)
            {
                continue;
            }
            var m = ScanAt.Match(text, at);
            Assert.True(bare == SalaryParser.NoAmount ? !m.Success : m.Success && m.Length == bare,
                $"at {at} of \"{text}\": bare {bare}, pattern {(m.Success ? m.Length : -1)}");
            decided++;
        }
        return decided;
    }

    [Theory]
    [InlineData("R$ 5 a R$ 10")]
    [InlineData("de 50 a 60 mil")]
    [InlineData("od 5 do 10 zł")]
    [InlineData("von 5 bis 10")]
    [InlineData("van 5 tot 10")]
    [InlineData("5 to 10k, 5 tomorrow")]
    [InlineData("between 5 and 10k")]
    [InlineData("5 k, 5k, 5 mil, 5 US dollars, 5 CA$, 5 até 10, 5 k€")]
    [InlineData("5 years, 10 people, 2nd, 10x, 24h, 2023. 40+ 100% (5)")]
    public void Bare_numbers_beside_range_words_are_left_to_the_pattern(string text) => CheckBareNumbers(text);

    [Fact]
    public void Bare_numbers_are_read_as_the_pattern_reads_them()
    {
        var decided = 0;
        foreach (var text in RepositoryData.HnTexts().Concat(RepositoryData.GoldenDescriptions()).Select(HtmlToText.Convert))
        {
            decided += CheckBareNumbers(text);
        }
        var random = new Random(20261208);
        for (var n = 0; n < 50_000; n++)
        {
            decided += CheckBareNumbers(RandomTexts.Next(random, Words, Separators, 8));
        }
        Assert.True(decided >= 10_000, $"decided {decided}");
    }

    /// <summary>
    /// The hand-written word lists of the bare-number shortcut (<see cref="SalaryParser.BareNumberAt"/>) copy the pattern's
    /// currencies and multipliers: every alternative that starts with letters must be let through, so that a currency added to the
    /// pattern and not to the lists fails here, not in a posting that no random text happens to hold.
    /// </summary>
    [Fact]
    public void The_bare_number_shortcut_knows_every_word_the_pattern_reads_around_a_number()
    {
        var after = LeadingWords(SalaryParser.CurrencyAfter).Concat(LeadingWords(SalaryParser.MultiplierWords)).ToList();
        var before = LeadingWords(SalaryParser.CurrencyBefore).Where(w => w.Length >= 2).ToList();
        Assert.True(after.Count >= 40 && before.Count >= 25, $"{after.Count} words after, {before.Count} before");
        Assert.All(after, w => Assert.True(SalaryParser.WordMayFollowAmount(w + " ", 0), $"'{w}' after a number is not let through"));
        Assert.All(before, w => Assert.True(SalaryParser.MayBeginCurrency(w + "1", 0), $"'{w}' before a number is not let through"));
    }

    /// <summary>The run of letters each top-level alternative of a pattern starts with ("USD" of "USD(?:\s?\$)?"), where it starts with one.</summary>
    private static IEnumerable<string> LeadingWords(string pattern) =>
        pattern.Split('|').Select(a => Regex.Match(a, @"^\p{L}+").Value).Where(w => w.Length > 0);
}
