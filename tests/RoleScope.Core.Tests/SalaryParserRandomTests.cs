using System.Globalization;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Tests;

/// <summary>
/// Seeded random tests in the manner of Sep's fuzz tests: pay sentences are generated from known numbers in varied formats,
/// buried in posting text, parsed, and compared with the numbers they were written from. The seeds are fixed, so a failure
/// names a text that fails every time.
/// </summary>
public sealed class SalaryParserRandomTests
{
    private const int Cases = 500;

    private static readonly ExchangeRates Rates = KnowledgeBase.Default.Rates;
    private static readonly SalaryParser Parser = new(Rates);

    // Posting sentences with no money in them; some carry counts, years and the words that sit near pay in real postings
    // (weekly, equity, bonus, budget), which must not leak into the neighbouring pay sentence.
    private static readonly string[] Filler =
    [
        "We build scheduling software for hospitals and clinics.",
        "You will work closely with a small product team.",
        "We were founded in 2019 and are 45 people today.",
        "Our customers include 300 logistics companies in 12 countries.",
        "We ship weekly and review every change.",
        "Daily standups are short and async.",
        "Equity for every employee.",
        "Bonus: a quiet office and good coffee.",
        "We have a generous learning budget.",
        "Benefits include health insurance and 25 days of paid holiday.",
        "The team owns 3 services and 2 mobile apps.",
        "Our investors care about long-term growth.",
        "Interviews take about 2 weeks from first call to offer.",
    ];

    private static readonly string[] PayTemplates =
    [
        "Salary: {0}.",
        "The base pay for this role is {0}.",
        "Compensation is {0}, plus benefits.",
        "We pay {0} depending on experience.",
        "Pay range: {0}.",
        "{0}",
    ];

    private sealed record Currency(string Code, string[] Prefixes, string[] Suffixes, (int Min, int Max)[] Bounds);

    // Bounds per period index (hour, day, week, month, year) in the currency's own units; (0, 0) means "not generated".
    private static readonly Currency[] Currencies =
    [
        new("USD", ["$", "US$", "USD "], [" USD"], [(25, 250), (200, 1_500), (800, 6_000), (3_000, 20_000), (40_000, 300_000)]),
        new("EUR", ["€", "EUR "], [" EUR", " €"], [(25, 200), (200, 1_200), (800, 5_000), (3_000, 15_000), (40_000, 200_000)]),
        new("GBP", ["£", "GBP "], [" GBP"], [(25, 200), (200, 1_200), (800, 5_000), (3_000, 15_000), (40_000, 200_000)]),
        new("CHF", ["CHF "], [" CHF"], [(40, 250), (400, 1_500), (1_500, 6_000), (6_000, 20_000), (90_000, 250_000)]),
        new("CAD", ["CA$", "CAD "], [" CAD"], [(30, 200), (250, 1_200), (1_000, 5_000), (4_000, 15_000), (50_000, 250_000)]),
        new("PLN", ["PLN "], [" PLN", " zł"], [(0, 0), (0, 0), (0, 0), (8_000, 40_000), (90_000, 400_000)]),
    ];

    private static readonly PayPeriod[] Periods = [PayPeriod.Hour, PayPeriod.Day, PayPeriod.Week, PayPeriod.Month, PayPeriod.Year];

    private static readonly Dictionary<PayPeriod, string[]> PeriodWords = new()
    {
        [PayPeriod.Hour] = [" per hour", " an hour", "/hr", "/hour", "/h", " hourly"],
        [PayPeriod.Day] = [" per day", " a day", "/day", " daily"],
        [PayPeriod.Week] = [" per week", " a week", "/week", " weekly"],
        [PayPeriod.Month] = [" per month", " a month", "/month", "/mo", " monthly"],
        [PayPeriod.Year] = ["", "", "", " per year", " a year", "/year", " per annum", " annually", "/yr", " p.a."],
    };

    private static readonly Dictionary<PayPeriod, string> PeriodAdjectives = new()
    {
        [PayPeriod.Hour] = "Hourly rate",
        [PayPeriod.Day] = "Daily rate",
        [PayPeriod.Week] = "Weekly pay",
        [PayPeriod.Month] = "Monthly salary",
        [PayPeriod.Year] = "Annual salary",
    };

    private static readonly string[] RangeSeparators = [" - ", "-", " – ", "–", " to "];

    private sealed record PayCase(string Text, decimal Min, decimal Max, string Currency, PayPeriod Period);

    [Fact]
    public void Generated_pay_sentences_read_back_exactly()
    {
        var random = new Random(20260601);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var pay = GeneratePay(random);
            var text = Bury(random, pay.Text);
            var found = Parser.Parse(text);
            var factor = SalaryParser.AnnualFactor(pay.Period);
            var expectedLow = decimal.Round(Rates.ToUsd(pay.Min * factor, pay.Currency)!.Value, 0);
            var expectedHigh = decimal.Round(Rates.ToUsd(pay.Max * factor, pay.Currency)!.Value, 0);
            if (found.Count != 1 ||
                found[0].Range != new SalaryRange(pay.Min, pay.Max, pay.Currency, pay.Period, expectedLow, expectedHigh))
            {
                failures.Add(Describe(i, text, $"{pay.Min}-{pay.Max} {pay.Currency}/{pay.Period}", found));
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} generated pay texts misread:\n{string.Join("\n", failures.Take(15))}");
    }

    [Fact]
    public void Generated_money_that_is_not_pay_is_never_salary()
    {
        var random = new Random(31_000_000);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var text = Bury(random, NotPaySentence(random));
            var found = Parser.Parse(text);
            if (found.Count != 0)
            {
                failures.Add(Describe(i, text, "none", found));
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} texts without pay gave a salary:\n{string.Join("\n", failures.Take(15))}");
    }

    [Fact]
    public void Generated_pay_beside_money_that_is_not_pay_is_read_alone()
    {
        var random = new Random(2_000_000_000);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var pay = GeneratePay(random);
            var sentences = new List<string> { pay.Text, NotPaySentence(random), Pick(random, Filler) };
            Shuffle(random, sentences);
            var text = Join(random, sentences);
            var found = Parser.Parse(text);
            if (found.Count != 1 || (found[0].Range.Min, found[0].Range.Max, found[0].Range.Currency, found[0].Range.Period) != (pay.Min, pay.Max, pay.Currency, pay.Period))
            {
                failures.Add(Describe(i, text, $"{pay.Min}-{pay.Max} {pay.Currency}/{pay.Period}", found));
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} mixed texts misread:\n{string.Join("\n", failures.Take(15))}");
    }

    private static PayCase GeneratePay(Random random)
    {
        Currency currency;
        PayPeriod period;
        do
        {
            currency = Pick(random, Currencies);
            period = Pick(random, Periods);
        }
        while (currency.Bounds[(int)period].Max == 0);
        var (lo, hi) = currency.Bounds[(int)period];

        // Round to what people write: whole thousands for yearly pay, hundreds for monthly, fives for hourly and daily.
        var step = period switch
        {
            PayPeriod.Year => random.Next(3) == 0 ? 500 : 1_000,
            PayPeriod.Month => 100,
            PayPeriod.Week => 50,
            _ => 5,
        };
        var min = RoundTo(random.Next(lo, hi), step);
        var isRange = random.Next(10) >= 3;
        var max = isRange ? min + step * random.Next(1, Math.Max(2, min / step / 2)) : min;
        var cents = period == PayPeriod.Hour && !isRange && random.Next(4) == 0;
        var minValue = cents ? min + 0.5m : min;
        var maxValue = cents ? max + 0.5m : max;

        var useK = min % 1_000 == 0 && max % 1_000 == 0 && min >= 1_000 && period is PayPeriod.Year or PayPeriod.Month && random.Next(2) == 0;
        var style = random.Next(4);
        string Amount(decimal value) => useK
            ? (value / 1_000).ToString(CultureInfo.InvariantCulture) + (random.Next(3) == 0 ? "K" : "k")
            : Grouped(value, currency.Code, style);

        var prefix = random.Next(2) == 0 ? Pick(random, currency.Prefixes) : null;
        var suffix = prefix is null ? Pick(random, currency.Suffixes) : null;
        string amounts;
        if (!isRange)
        {
            amounts = prefix + Amount(minValue) + suffix;
        }
        else
        {
            var sep = Pick(random, RangeSeparators);
            var shareK = useK && random.Next(3) == 0;
            var first = shareK ? (minValue / 1_000).ToString(CultureInfo.InvariantCulture) : Amount(minValue);
            amounts = prefix is not null && !prefix.EndsWith(' ') && random.Next(2) == 0
                ? prefix + first + sep + prefix + Amount(maxValue)
                : prefix + first + sep + Amount(maxValue) + suffix;
        }

        string text;
        if (period != PayPeriod.Year && random.Next(4) == 0)
        {
            text = PeriodAdjectives[period] + ": " + amounts + ".";
        }
        else
        {
            text = string.Format(CultureInfo.InvariantCulture, Pick(random, PayTemplates), amounts + Pick(random, PeriodWords[period]));
        }
        return new PayCase(text, minValue, maxValue, currency.Code, period);
    }

    /// <summary>Thousands written the way the currency's countries write them: 150,000 / 150.000 / 150 000 / 150000.</summary>
    private static string Grouped(decimal value, string currency, int style)
    {
        var whole = decimal.Truncate(value);
        var fraction = value - whole;
        var digits = whole.ToString(CultureInfo.InvariantCulture);
        var separator = (style, currency) switch
        {
            (0, _) => "",
            (1, "EUR" or "PLN") => ".",
            (2, "EUR" or "PLN" or "CHF") => " ",
            (3, "CHF") => "'",
            _ => ",",
        };
        if (separator.Length > 0 && digits.Length > 3)
        {
            for (var at = digits.Length - 3; at > 0; at -= 3)
            {
                digits = digits.Insert(at, separator);
            }
        }
        return fraction == 0 ? digits : digits + "." + ((int)(fraction * 100)).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string NotPaySentence(Random random)
    {
        var amount = random.Next(1, 900).ToString(CultureInfo.InvariantCulture);
        if (random.Next(3) == 0)
        {
            amount += "." + random.Next(1, 10).ToString(CultureInfo.InvariantCulture);
        }
        var big = Pick(random, ["$", "€", "£", "US$"]) + amount + Pick(random, ["m", "M", " million", "B", "bn", " billion", "M"]);
        var perk = "$" + RoundTo(random.Next(1_000, 25_000), 500).ToString("#,0", CultureInfo.InvariantCulture);
        var perkK = "$" + random.Next(2, 40).ToString(CultureInfo.InvariantCulture) + "k";
        string[] templates =
        [
            $"We raised {big} in our Series {Pick(random, ["A", "B", "C", "D"])} round.",
            $"Last year we closed a {big} seed round led by great investors.",
            $"We are backed by {big} in funding.",
            $"Funding of {big} from long-term investors.",
            $"The {big} market for payroll software is growing.",
            $"We passed {big} in annual revenue.",
            $"Revenue of {big} ARR and growing.",
            $"We process {big} in payments for our customers.",
            $"The company was valued at {big} last spring.",
            $"Our customers manage {big} in assets on the platform.",
            $"We offer a {perkK} signing bonus.",
            $"New hires get a {perk} sign-on bonus.",
            $"There is a {perk} relocation package.",
            $"Perks include a {perk} learning budget.",
            $"Everyone gets a {perkK} equity grant.",
        ];
        return Pick(random, templates);
    }

    private static string Bury(Random random, string sentence)
    {
        var sentences = new List<string> { sentence };
        var extra = random.Next(2, 5);
        for (var k = 0; k < extra; k++)
        {
            sentences.Add(Pick(random, Filler));
        }
        Shuffle(random, sentences);
        return Join(random, sentences);
    }

    /// <summary>Sentences run on in one paragraph or stand on their own lines; a line without a full stop always ends its line.</summary>
    private static string Join(Random random, List<string> sentences) =>
        string.Join(random.Next(2) == 0 && sentences.All(s => s.EndsWith('.')) ? " " : "\n", sentences);

    private static int RoundTo(int value, int step) => Math.Max(step, value / step * step);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static void Shuffle<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static string Describe(int index, string text, string expected, List<ParsedSalary> found) =>
        string.Create(CultureInfo.InvariantCulture,
            $"#{index}: expected {expected}, got [{string.Join("; ", found.Select(f => $"{f.Range.Min}-{f.Range.Max} {f.Range.Currency}/{f.Range.Period} @'{text[f.Start..f.End]}'"))}] in: {text.Replace("\n", " \\n ", StringComparison.Ordinal)}");
}
