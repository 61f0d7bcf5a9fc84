using System.Globalization;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

public sealed class SalaryParserTests
{
    private static readonly ExchangeRates Rates = KnowledgeBase.Default.Rates;
    private static readonly SalaryParser Parser = new(Rates);

    private static SalaryRange Single(string text)
    {
        var found = Parser.Parse(text);
        Assert.True(found.Count == 1, $"expected one salary in \"{text}\", found {found.Count}: {string.Join("; ", found.Select(f => f.Range))}");
        return found[0].Range;
    }

    [Theory]
    [InlineData("Salary: $150k - $180k plus equity.", 150_000, 180_000, "USD", PayPeriod.Year)]
    [InlineData("The range is 150-180k USD depending on experience.", 150_000, 180_000, "USD", PayPeriod.Year)]
    [InlineData("Compensation: $150,000 - $190,000 per year.", 150_000, 190_000, "USD", PayPeriod.Year)]
    [InlineData("Gehalt 120.000 - 140.000 EUR brutto.", 120_000, 140_000, "EUR", PayPeriod.Year)]
    [InlineData("Pay: £80k-£95k, 25 days of holiday.", 80_000, 95_000, "GBP", PayPeriod.Year)]
    [InlineData("Contract rate up to $90/hr.", 90, 90, "USD", PayPeriod.Hour)]
    [InlineData("We pay $85/hour for contractors.", 85, 85, "USD", PayPeriod.Hour)]
    [InlineData("Salary €5,000 per month.", 5_000, 5_000, "EUR", PayPeriod.Month)]
    [InlineData("Wynagrodzenie 18 000 - 24 000 PLN/month on B2B.", 18_000, 24_000, "PLN", PayPeriod.Month)]
    [InlineData("Day rate: €600 per day, outside IR35.", 600, 600, "EUR", PayPeriod.Day)]
    [InlineData("Pay: $2,000 per week for the summer.", 2_000, 2_000, "USD", PayPeriod.Week)]
    [InlineData("Base salary $140k to $160k + equity", 140_000, 160_000, "USD", PayPeriod.Year)]
    [InlineData("Comp: $130-160k depending on level", 130_000, 160_000, "USD", PayPeriod.Year)]
    [InlineData("Salary: €60k–€80k", 60_000, 80_000, "EUR", PayPeriod.Year)]
    [InlineData("Salary: 60k€ - 80k€", 60_000, 80_000, "EUR", PayPeriod.Year)]
    [InlineData("USD 120,000-150,000", 120_000, 150_000, "USD", PayPeriod.Year)]
    [InlineData("$120,000 – $150,000 USD per annum", 120_000, 150_000, "USD", PayPeriod.Year)]
    [InlineData("£45,000 - £55,000 p.a.", 45_000, 55_000, "GBP", PayPeriod.Year)]
    [InlineData("120,000 to 140,000 GBP per annum", 120_000, 140_000, "GBP", PayPeriod.Year)]
    [InlineData("€4.500 - €6.000 per month", 4_500, 6_000, "EUR", PayPeriod.Month)]
    [InlineData("$60-$80/hr", 60, 80, "USD", PayPeriod.Hour)]
    [InlineData("80 - 100 USD per hour", 80, 100, "USD", PayPeriod.Hour)]
    [InlineData("EUR 400 - 500 per day", 400, 500, "EUR", PayPeriod.Day)]
    [InlineData("$3000 a week", 3_000, 3_000, "USD", PayPeriod.Week)]
    [InlineData("$180K + equity", 180_000, 180_000, "USD", PayPeriod.Year)]
    [InlineData("Salary CHF 120'000 - 140'000", 120_000, 140_000, "CHF", PayPeriod.Year)]
    [InlineData("Lead Engineer: $140k CAD plus profit share", 140_000, 140_000, "CAD", PayPeriod.Year)]
    [InlineData("Salary: C$120k-C$140k", 120_000, 140_000, "CAD", PayPeriod.Year)]
    [InlineData("Sydney | AUD $100,000 to $170,000 + Stock Options", 100_000, 170_000, "AUD", PayPeriod.Year)]
    [InlineData("Salary: CAD $110,000 - $130,000", 110_000, 130_000, "CAD", PayPeriod.Year)]
    [InlineData("Pay: NZD$120k", 120_000, 120_000, "NZD", PayPeriod.Year)]
    [InlineData("Hourly rate: $85.", 85, 85, "USD", PayPeriod.Hour)]
    [InlineData("Monthly salary: 18 000 - 24 000 PLN.", 18_000, 24_000, "PLN", PayPeriod.Month)]
    // A non-profit is not a profit figure; a period after "/ " is still the amount's period.
    [InlineData("Glo | Remote | Full Time | Non Profit | $100k+", 100_000, 100_000, "USD", PayPeriod.Year)]
    [InlineData("Rates: graduates $ 20-30 / hour.", 20, 30, "USD", PayPeriod.Hour)]
    [InlineData("Pay will be $100+ / hour.", 100, 100, "USD", PayPeriod.Hour)]
    // "or hourly equivalent" offers another period; it is not the range's own.
    [InlineData("Salary: $90k to $135k (or hourly equivalent).", 90_000, 135_000, "USD", PayPeriod.Year)]
    // A label after the range names the next field: "Equity: 0.2%" is not what the $90,000 is.
    [InlineData("Base Salary: $90,000 - $120,000 Equity: 0.2% - 0.75%", 90_000, 120_000, "USD", PayPeriod.Year)]
    // "|" ends a field: "Equity" in the field before does not describe the range.
    [InlineData("- Project Manager | Experienced | Equity | £40k-£70k (based on experience) + Quarterly Bonus", 40_000, 70_000, "GBP", PayPeriod.Year)]
    // On-call duty named before the salary, or overtime after it, says nothing of the salary itself.
    [InlineData("You will join the on-call rotation. Salary: $150k - $180k.", 150_000, 180_000, "USD", PayPeriod.Year)]
    [InlineData("Rate: $50/hr, overtime paid at 1.5x.", 50, 50, "USD", PayPeriod.Hour)]
    [InlineData("Overtime and on-call are rare.\n\nWhat we offer:\n- Salary: €60k - €75k\n- 30 days off", 60_000, 75_000, "EUR", PayPeriod.Year)]
    // A dollar's code after the period; "between X and Y" is a range; a period past a second amount is that amount's.
    [InlineData("$35 - $45 an hour CAD, 25 hours a week.", 35, 45, "CAD", PayPeriod.Hour)]
    [InlineData("Salary between $120k and $150k.", 120_000, 150_000, "USD", PayPeriod.Year)]
    [InlineData("Pay between €55k and €65k gross per year.", 55_000, 65_000, "EUR", PayPeriod.Year)]
    // Each end with its own period: one range.
    [InlineData("Contract: $45/hr to $65/hr", 45, 65, "USD", PayPeriod.Hour)]
    [InlineData("Day rate €500/day - €600/day", 500, 600, "EUR", PayPeriod.Day)]
    [InlineData("B2B contract, salary: up to 70 PLN/h - 9 hours working day.", 70, 70, "PLN", PayPeriod.Hour)]
    // Indian units: a lakh is 100,000 rupees, LPA lakhs per annum.
    [InlineData("Bengaluru | Backend Engineer | ₹25-40 LPA", 2_500_000, 4_000_000, "INR", PayPeriod.Year)]
    [InlineData("CTC: 12-18 LPA", 1_200_000, 1_800_000, "INR", PayPeriod.Year)]
    [InlineData("Salary 8-12 lakhs per annum", 800_000, 1_200_000, "INR", PayPeriod.Year)]
    [InlineData("Compensation: Rs. 20 Lakhs - 30 Lakhs", 2_000_000, 3_000_000, "INR", PayPeriod.Year)]
    // Pay lines of European boards in their own language: the period word after the amount, "EURO" in capitals.
    [InlineData("Salary: 6260 - 7500 EURO + VAT monthly; Cooperation model: B2B", 6260, 7500, "EUR", PayPeriod.Month)]
    [InlineData("Pay: €4.500 - €5.500 bruto per maand", 4500, 5500, "EUR", PayPeriod.Month)]
    [InlineData("Gehalt: 4.500 - 5.500 € brutto pro Monat", 4500, 5500, "EUR", PayPeriod.Month)]
    [InlineData("Wynagrodzenie: 20 000 - 26 000 PLN netto/mies. (B2B)", 20_000, 26_000, "PLN", PayPeriod.Month)]
    // Tax and contract terms between the amount and its period: "+ VAT", "(B2B)" (whose digit is no amount).
    [InlineData("Zarobki: 18 000 – 24 000 zł netto + VAT / mies.", 18_000, 24_000, "PLN", PayPeriod.Month)]
    [InlineData("Salary: 18 000 – 24 000 PLN net + VAT (B2B) per month", 18_000, 24_000, "PLN", PayPeriod.Month)]
    [InlineData("Salary: 18 000 – 24 000 PLN (B2B) per month", 18_000, 24_000, "PLN", PayPeriod.Month)]
    [InlineData("Wynagrodzenie: 15 000 - 20 000 zł brutto miesięcznie", 15_000, 20_000, "PLN", PayPeriod.Month)]
    [InlineData("Rémunération : 3 500 € brut par mois", 3500, 3500, "EUR", PayPeriod.Month)]
    [InlineData("Salario: 2.800 € brutos al mes", 2800, 2800, "EUR", PayPeriod.Month)]
    [InlineData("Salaire : 45 000 - 55 000 € par an", 45_000, 55_000, "EUR", PayPeriod.Year)]
    [InlineData("Stundensatz: 80 - 95 €/Std.", 80, 95, "EUR", PayPeriod.Hour)]
    [InlineData("Stawka: 150-180 zł za godzinę (B2B)", 150, 180, "PLN", PayPeriod.Hour)]
    [InlineData("Salary: R$ 12.000 - R$ 15.000 por mês", 12_000, 15_000, "BRL", PayPeriod.Month)]
    // A currency code in brackets after an amount written without one.
    [InlineData("Salary: 60k-80k (EUR)", 60_000, 80_000, "EUR", PayPeriod.Year)]
    [InlineData("We pay 70-90k (USD) depending on location.", 70_000, 90_000, "USD", PayPeriod.Year)]
    // A range in brackets between its sign and its multiplier.
    [InlineData("Acme | Software Engineering | Hybrid in LA | $(160-190)k", 160_000, 190_000, "USD", PayPeriod.Year)]
    // The "to" of a range in the boards' languages.
    [InlineData("Gehalt: 60.000 bis 75.000 € brutto im Jahr.", 60_000, 75_000, "EUR", PayPeriod.Year)]
    [InlineData("Wynagrodzenie: od 15 000 do 20 000 zł netto miesięcznie (B2B).", 15_000, 20_000, "PLN", PayPeriod.Month)]
    [InlineData("Salaire : de 50 000 à 60 000 € bruts annuels.", 50_000, 60_000, "EUR", PayPeriod.Year)]
    [InlineData("Salario: de 35.000 a 45.000 € brutos al año.", 35_000, 45_000, "EUR", PayPeriod.Year)]
    [InlineData("Salário: R$ 12.000 a R$ 15.000 por mês.", 12_000, 15_000, "BRL", PayPeriod.Month)]
    [InlineData("Salaris: €4.000 tot €5.500 per maand.", 4_000, 5_500, "EUR", PayPeriod.Month)]
    [InlineData("Stipendio: da 35.000 a 45.000 euro lordi annui (RAL).", 35_000, 45_000, "EUR", PayPeriod.Year)]
    // Pay below $5k a year where the currency's country pays that little, with a pay word beside it; more currency codes.
    [InlineData("Salary: 3-5 LPA.", 300_000, 500_000, "INR", PayPeriod.Year)]
    [InlineData("Salary: ₹25,000 per month.", 25_000, 25_000, "INR", PayPeriod.Month)]
    [InlineData("Salary: 15,000 EGP per month.", 15_000, 15_000, "EGP", PayPeriod.Month)]
    [InlineData("Salary: 150,000 PKR per month.", 150_000, 150_000, "PKR", PayPeriod.Month)]
    [InlineData("Salary: 20,000,000 - 30,000,000 VND per month.", 20_000_000, 30_000_000, "VND", PayPeriod.Month)]
    // The South African rand's "R", with or without a space.
    [InlineData("Remuneration: R900,000 - R1,200,000 per annum.", 900_000, 1_200_000, "ZAR", PayPeriod.Year)]
    [InlineData("Salary: R 65 000 - R 80 000 per month (CTC).", 65_000, 80_000, "ZAR", PayPeriod.Month)]
    [InlineData("A compensation package worth $150,000 - $180,000 per year.", 150_000, 180_000, "USD", PayPeriod.Year)]
    [InlineData("Engineers here earn $150k-$180k plus equity.", 150_000, 180_000, "USD", PayPeriod.Year)]
    [InlineData("Contractors are paid $90/hour.", 90, 90, "USD", PayPeriod.Hour)]
    public void Reads_stated_pay(string text, int min, int max, string currency, PayPeriod period)
    {
        var salary = Single(text);

        Assert.Equal((min, max, currency, period), ((int)salary.Min, (int)salary.Max, salary.Currency, salary.Period));
    }

    [Theory]
    [InlineData("$85/hour", 85 * 2080)]
    [InlineData("$500 per day", 500 * 260)]
    [InlineData("$2,000 per week", 2_000 * 52)]
    [InlineData("$9,000 per month", 9_000 * 12)]
    [InlineData("$150,000 per year", 150_000)]
    public void Annualises_with_the_documented_constants(string text, int annualUsd)
    {
        var salary = Single("Pay: " + text + ".");

        Assert.Equal(annualUsd, salary.AnnualMinUsd);
        Assert.Equal(annualUsd, salary.AnnualMaxUsd);
    }

    [Fact]
    public void The_constants_are_those_of_the_contract()
    {
        Assert.Equal(2080, SalaryParser.AnnualFactor(PayPeriod.Hour));
        Assert.Equal(260, SalaryParser.AnnualFactor(PayPeriod.Day));
        Assert.Equal(52, SalaryParser.AnnualFactor(PayPeriod.Week));
        Assert.Equal(12, SalaryParser.AnnualFactor(PayPeriod.Month));
        Assert.Equal(1, SalaryParser.AnnualFactor(PayPeriod.Year));
    }

    [Theory]
    [InlineData("Gehalt 120.000 - 140.000 EUR brutto.", "EUR", 1)]
    [InlineData("Pay: £80k-£95k.", "GBP", 1)]
    [InlineData("Wynagrodzenie 18 000 - 24 000 PLN/month on B2B.", "PLN", 12)]
    [InlineData("Salary €5,000 per month.", "EUR", 12)]
    public void Converts_with_the_rate_table(string text, string currency, int factor)
    {
        var salary = Single(text);
        var rate = Rates.ToUsd(1m, currency);

        Assert.NotNull(rate);
        Assert.NotEqual(1m, rate);
        Assert.Equal(decimal.Round(salary.Min * factor * rate.Value, 0), salary.AnnualMinUsd);
        Assert.Equal(decimal.Round(salary.Max * factor * rate.Value, 0), salary.AnnualMaxUsd);
    }

    [Fact]
    public void The_local_dollars_and_low_pay_currencies_come_from_the_rate_file()
    {
        Assert.Equal(["AUD", "CAD", "HKD", "NZD", "SGD"], Rates.LocalDollars.Order());
        Assert.Contains("INR", (IReadOnlySet<string>)Rates.LowPayCurrencies);
        Assert.All(Rates.LowPayCurrencies, c => Assert.True(Rates.Knows(c), $"{c} is not in rates"));
        // Without the lists, a bare "$" stays USD and a month's ₹25,000 is below the pay floor.
        var bare = new SalaryParser(new ExchangeRates(Rates.Date, Rates.Currencies.ToDictionary(c => c, c => Rates.ToUsd(1m, c)!.Value)));
        Assert.Equal("USD", Assert.Single(bare.Parse("Salary: $120,000 - $140,000", "AUD")).Range.Currency);
        Assert.Empty(bare.Parse("Salary: ₹25,000 per month."));
        Assert.Equal("AUD", Assert.Single(Parser.Parse("Salary: $120,000 - $140,000", "AUD")).Range.Currency);
    }

    [Fact]
    public void A_currency_missing_from_the_rate_table_converts_to_null()
    {
        var parser = new SalaryParser(new ExchangeRates("2026-01-01", new Dictionary<string, decimal> { ["USD"] = 1m }));

        var found = parser.Parse("Salary: 60-80k EUR a year.");

        var salary = Assert.Single(found).Range;
        Assert.Equal(("EUR", 60_000m, 80_000m), (salary.Currency, salary.Min, salary.Max));
        Assert.Null(salary.AnnualMinUsd);
        Assert.Null(salary.AnnualMaxUsd);
    }

    [Fact]
    public void Finds_several_ranges_in_order_of_appearance()
    {
        const string text = "Backend: $150k - $180k. Frontend: £70k-£90k.\nContractors: €600 per day.";

        var found = Parser.Parse(text);

        Assert.Equal(
            [(150_000m, 180_000m, "USD", PayPeriod.Year), (70_000m, 90_000m, "GBP", PayPeriod.Year), (600m, 600m, "EUR", PayPeriod.Day)],
            found.Select(f => (f.Range.Min, f.Range.Max, f.Range.Currency, f.Range.Period)));
        Assert.Equal(["$150k - $180k", "£70k-£90k", "€600"], found.Select(f => text[f.Start..f.End]));
    }

    [Theory]
    // A range offered as an alternative to the one before it takes its period; one with k stays a year.
    [InlineData("Gross monthly salary: 8 000 – 10 000 PLN (UoP) or 10 000 – 13 000 PLN + VAT (B2B)", "8000-10000 PLN Month", "10000-13000 PLN Month")]
    [InlineData("Contract: $50-60/hr, or $100k-120k salaried", "50-60 USD Hour", "100000-120000 USD Year")]
    public void An_alternative_range_has_the_period_of_the_one_before(string text, params string[] expected)
    {
        var found = Parser.Parse(text);

        Assert.Equal(expected, found.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Range.Min}-{f.Range.Max} {f.Range.Currency} {f.Range.Period}")));
    }

    [Theory]
    [InlineData("Salary: $150k - $180k. We raised a $20M Series A last year. Senior: $190k-$220k.")]
    [InlineData("Salary: $150k - $180k\nWe raised $20M from great investors.\nSenior: $190k-$220k")]
    [InlineData("Salary: $150k - $180k. There is a $20k signing bonus. Senior: $190k-$220k.")]
    public void Money_that_is_not_pay_does_not_hide_the_next_sentence(string text)
    {
        var found = Parser.Parse(text);

        Assert.Equal([(150_000m, 180_000m), (190_000m, 220_000m)], found.Select(f => (f.Range.Min, f.Range.Max)));
    }

    [Theory]
    [InlineData("We just closed funding of $31m from great investors.")]
    [InlineData("We raised a $20M Series A last year.")]
    [InlineData("The $2B market is ripe for change.")]
    [InlineData("Perks: $5,000 learning budget and a new laptop.")]
    [InlineData("- Benefits: £5k L+D budget, pension and health insurance.")]
    [InlineData("A $2,000 L&D budget every year.")]
    [InlineData("We offer a $20k signing bonus.")]
    [InlineData("Plus a $15,000 sign-on bonus.")]
    [InlineData("$20,000 annual bonus on top.")]
    [InlineData("Annual bonus of up to $20,000.")]
    [InlineData("$10k relocation package for movers.")]
    [InlineData("A $500 home office stipend.")]
    [InlineData("We hit $10M in revenue last quarter.")]
    [InlineData("Revenue of $12M ARR and growing.")]
    [InlineData("Backed by $45 million from top VCs.")]
    [InlineData("We have processed over $3B in payments.")]
    [InlineData("Our product costs $99/month per seat.")]
    [InlineData("Pricing starts at $49 per month.")]
    [InlineData("Up to $2,000 per year for conferences.")]
    [InlineData("Founded in 2023, we have 45 employees and 300 customers.")]
    [InlineData("We are 25 people in 3 offices serving 1200 customers since 2016.")]
    [InlineData("Our team of 12 shipped 2023 features across 40 countries.")]
    [InlineData("We turned a profit of $3M last year.")]
    [InlineData("We have between 5 and 10 engineers.")]
    [InlineData("BENEFITS: competitive base pay, health, dental, vision, 401k and EQUITY!")]
    [InlineData("Ardour currently brings in more than US$200k/yr and we hope to expand this.")]
    [InlineData("When Walmart gives La Croix a $100k order for seltzer, Walmart pays late.")]
    [InlineData("Equity: $50k in options vesting over four years.")]
    [InlineData("Remuneration for on-call: week: 100 PLN/night weekend: 200 PLN/day")]
    [InlineData("Remuneration for on-call:\nweek: 100 PLN/night\nweekend: 200 PLN/day")]
    [InlineData("Overtime rates:\n- weekdays: $60/hour\n- weekends: $80/hour")]
    [InlineData("On-call allowance: $500/week.")]
    [InlineData("Overtime rate: $75/hour.")]
    [InlineData("Standby pay of 40 EUR per day.")]
    [InlineData("Our product costs 49 € pro Monat.")]
    [InlineData("Priced at 9 EUR a tag, 12 EUR per label.")]
    [InlineData("We raised $(10-20)k in grants.")]
    [InlineData("We improve the outcomes of more than 10 lac graduates every year.")]
    [InlineData("We raised 50 crore in funding.")]
    // The letter R before a number is no rand in a version, a product or a sentence about the R language.
    [InlineData("We use R 4.3 and Python 3.11 for our models.")]
    [InlineData("Data lives in Cloudflare R2 and S3.")]
    // Under $5k a year is a price or an allowance, whatever word stands beside it, unless the currency's country pays that little.
    [InlineData("Salary: $100 per month extra for internet.")]
    [InlineData("Pay: €300 per month for the gym.")]
    // A verb of money that is not pay before the amount, whatever period follows it.
    [InlineData("Help us save our customers $20,000 per year on cloud costs.")]
    [InlineData("Company-paid health insurance (worth $12,000 per year).")]
    [InlineData("The platform costs about $30,000 per year to run.")]
    // What the users of the product earn or charge.
    [InlineData("Our drivers earn $30 per hour on average.")]
    [InlineData("We help freelancers earn over $80,000 a year.")]
    [InlineData("The average tutor on our marketplace charges $40/hour.")]
    [InlineData("Teachers in our network earn £35k a year on average.")]
    public void Money_and_numbers_that_are_not_pay_are_not_salary(string text)
    {
        var found = Parser.Parse(text);

        Assert.True(found.Count == 0, $"\"{text}\" gave {string.Join("; ", found.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Range.Min}-{f.Range.Max} {f.Range.Currency}")))}");
    }

    [Fact]
    public void A_period_after_a_second_amount_is_that_amounts_own()
    {
        var found = Parser.Parse("Senior Programmer, Intern | Guildford, UK | £85k / £2,200 per month");

        Assert.Equal([(85_000m, PayPeriod.Year), (2_200m, PayPeriod.Month)], found.Select(f => (f.Range.Min, f.Range.Period)));
    }

    [Fact]
    public void Equity_beside_a_range_does_not_hide_it()
    {
        var salary = Single("Salary $120k-$150k, 0.1%-0.5% equity");

        Assert.Equal((120_000m, 150_000m), (salary.Min, salary.Max));
    }

    [Fact]
    public void A_small_amount_without_a_period_is_not_pay()
    {
        Assert.Empty(Parser.Parse("Salary: $900."));
    }

    [Fact]
    public void The_span_covers_the_amounts()
    {
        const string text = "Compensation: $150,000 - $190,000 per year, full benefits.";

        var found = Assert.Single(Parser.Parse(text));

        Assert.Equal("$150,000 - $190,000", text[found.Start..found.End]);
    }

    [Fact]
    public void The_scanning_pattern_is_the_money_pattern_without_its_groups()
    {
        Assert.Equal(SalaryParser.MoneyScanPattern, System.Text.RegularExpressions.Regex.Replace(SalaryParser.MoneyPattern, @"\(\?<\w+>", "(?:"));
        Assert.Contains("(?<anum>", SalaryParser.MoneyPattern);
    }

    [Theory]
    // A k range without a currency is pay, in the posting's currency, when a reward follows it or it stands in brackets after a role.
    [InlineData("Backend Engineer - 5+ years 100k-180k + options. TypeScript, Elixir.", 100_000, 180_000)]
    [InlineData("Roles: Senior Node.js (120k-170k) / Full-Stack (90k-140k).", 120_000, 170_000)]
    public void A_k_range_without_a_currency_followed_by_a_reward_or_in_brackets_is_pay(string text, int min, int max)
    {
        var found = Parser.Parse(text, defaultCurrency: "USD");

        Assert.NotEmpty(found);
        Assert.Equal((min, max, "USD"), ((int)found[0].Range.Min, (int)found[0].Range.Max, found[0].Range.Currency));
    }

    [Theory]
    // Groups of thousands after a pay word are pay in the posting's currency, with or without a period.
    [InlineData("Salary: 150,000 - 180,000 per year", "USD", 150_000, 180_000, PayPeriod.Year)]
    [InlineData("Compensation: 150.000 - 180.000", "USD", 150_000, 180_000, PayPeriod.Year)]
    [InlineData("Gross salary 3.500 - 4.200 per month", "EUR", 3_500, 4_200, PayPeriod.Month)]
    public void Grouped_thousands_after_a_pay_word_are_pay_in_the_postings_currency(string text, string currency, int min, int max, PayPeriod period)
    {
        var found = Assert.Single(Parser.Parse(text, defaultCurrency: currency));

        Assert.Equal((min, max, currency, period), ((int)found.Range.Min, (int)found.Range.Max, found.Range.Currency, found.Range.Period));
    }

    [Theory]
    // A bare "$" is the local dollar where every place of the posting uses one; a code after it, or a US place, keeps its own.
    [InlineData("Melbourne (Australia) | $91,418 to $103,725 + super.", "AUD", "AUD")]
    [InlineData("Vancouver, BC | $130,000 - $156,000", "CAD", "CAD")]
    [InlineData("Toronto | $130,000 - $156,000 USD", "CAD", "USD")]
    [InlineData("Remote (US) | $130,000 - $156,000", "USD", "USD")]
    [InlineData("Remote (US or Canada) | $130,000 - $156,000", null, "USD")]
    [InlineData("Mexico City | $130,000 - $156,000", "MXN", "USD")]
    public void A_bare_dollar_is_the_local_dollar_of_a_posting_placed_only_where_one_is_used(string text, string? local, string expected)
    {
        var found = Assert.Single(Parser.Parse(text, defaultCurrency: local));

        Assert.Equal(expected, found.Range.Currency);
    }

    [Theory]
    // Groups of thousands with no pay word before them are counts; with no currency for the posting, nothing is read.
    [InlineData("We have 5,000 customers and 20,000 users.", "USD")]
    [InlineData("Rent in NYC: 3,500 per month.", "USD")]
    [InlineData("We process 1.000.000 transactions per month.", "EUR")]
    [InlineData("Salary: 150,000 - 180,000 per year", null)]
    public void Grouped_thousands_without_a_pay_word_or_currency_are_not_pay(string text, string? currency)
    {
        Assert.Empty(Parser.Parse(text, defaultCurrency: currency));
    }

    [Theory]
    // A bare number that is a header field of its own is pay, in the posting's currency, from 20,000 up.
    [InlineData("Acme | Remote (UK) | Full stack engineer | python/react | 52000", 52_000, 52_000)]
    [InlineData("Acme | London, UK | Full stack engineer | 50000-65000", 50_000, 65_000)]
    public void A_bare_number_as_a_header_field_is_pay(string header, int min, int max)
    {
        var found = Assert.Single(Parser.Parse(header, defaultCurrency: "GBP", header: new TextSpan(0, header.Length)));

        Assert.Equal((min, max, "GBP", PayPeriod.Year), ((int)found.Range.Min, (int)found.Range.Max, found.Range.Currency, found.Range.Period));
    }

    [Theory]
    [InlineData("Acme | Remote (UK) | Full stack engineer | 2023")]
    [InlineData("Acme | Backend Engineer | Remote | We have 100000 users")]
    public void Other_bare_numbers_in_a_header_are_not_pay(string header)
    {
        Assert.Empty(Parser.Parse(header, defaultCurrency: "GBP", header: new TextSpan(0, header.Length)));
    }

    [Theory]
    // Currencies written as words after the amount.
    [InlineData("salary between 4.000 and 6.000 euros per month", 4_000, 6_000, "EUR", PayPeriod.Month)]
    [InlineData("up to 5000-6800 euro / per month / B2B", 5_000, 6_800, "EUR", PayPeriod.Month)]
    [InlineData("Pay: 2,000 dollars a week", 2_000, 2_000, "USD", PayPeriod.Week)]
    [InlineData("Salary: 50,000 - 60,000 pounds per annum", 50_000, 60_000, "GBP", PayPeriod.Year)]
    public void Reads_currencies_written_as_words(string text, int min, int max, string currency, PayPeriod period)
    {
        var found = Assert.Single(Parser.Parse(text));

        Assert.Equal((min, max, currency, period), ((int)found.Range.Min, (int)found.Range.Max, found.Range.Currency, found.Range.Period));
    }

    [Theory]
    // Without those cues, or without the posting's currency, a currency-less range is not read.
    [InlineData("We handle 100k-180k requests a second.", "USD")]
    [InlineData("Backend Engineer - 5+ years 100k-180k + options.", null)]
    public void A_k_range_without_a_currency_and_cue_is_not_pay(string text, string? currency)
    {
        Assert.Empty(Parser.Parse(text, defaultCurrency: currency));
    }
}
