using System.Globalization;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>A base-pay range a posting states, with the exact text that states it.</summary>
internal sealed record StatedPay(long Min, long Max, string Currency, PayPeriod Period, string Text)
{
    /// <summary>"150000-190000 USD year", the form of <see cref="SyntheticLabels.Salary"/>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max} {Currency} {Period.Name()}");
}

/// <summary>
/// Decides whether a posting states pay, at what level and in which words. Levels follow family, true seniority, city
/// and premium skills, so that the US median midpoint lands near $170k for backend and $142k for full-stack.
/// </summary>
internal static class SalaryWriter
{
    /// <summary>About 45% of US postings state a base range; postings elsewhere less often.</summary>
    public const double UsStatedShare = 0.45;
    public const double ElsewhereStatedShare = 0.20;

    private const double ContractorShare = 0.04;
    private const double SingleAmountShare = 0.05;
    private const double Noise = 0.10;
    private const double MaxSkillUplift = 1.40;
    private const double HoursPerYear = 2080;

    public static StatedPay? Plan(Random rng, PlannedRole role, PlacePlan place, IReadOnlyList<string> skills)
    {
        var country = place.Country;
        if (!rng.Chance(country.IsUs ? UsStatedShare : ElsewhereStatedShare))
        {
            return null;
        }
        var cityFactor = place.Mode == WorkMode.Remote ? 1.0 : place.City.PayFactor;
        var level = role.Profile.UsMidSalary * SeniorityFactor(role.Actual) * SkillUplift(skills) * cityFactor
            * Math.Exp(Noise * rng.Gaussian());
        if (country.IsUs)
        {
            return rng.Chance(ContractorShare) ? Hourly(rng, level) : UsAnnual(rng, level);
        }
        var local = level * country.LocalPayPerUsd;
        return country.MonthlyPay ? Monthly(rng, local / 12, country.Currency) : LocalAnnual(rng, local, country.Currency);
    }

    public static double SeniorityFactor(Seniority seniority) => seniority switch
    {
        Seniority.Intern => 0.55,
        Seniority.Entry => 0.72,
        Seniority.Mid => 1.0,
        Seniority.Senior => 1.22,
        Seniority.Staff => 1.45,
        Seniority.Principal => 1.65,
        _ => 1.0,
    };

    /// <summary>Premiums of the skills named compound, up to a cap, so that rare stacks of them stay believable.</summary>
    public static double SkillUplift(IReadOnlyList<string> skills)
    {
        var uplift = 1.0;
        foreach (var skill in skills)
        {
            uplift *= 1 + SkillForms.Get(skill).Premium;
        }
        return Math.Min(uplift, MaxSkillUplift);
    }

    private static (long Min, long Max) Range(Random rng, double level, long step)
    {
        var half = level * (0.07 + (0.09 * rng.NextDouble()));
        var min = MoneyFormat.RoundTo(level - half, step);
        var max = MoneyFormat.RoundTo(level + half, step);
        return (min, Math.Max(max, min + step));
    }

    private static StatedPay UsAnnual(Random rng, double level)
    {
        if (rng.Chance(SingleAmountShare))
        {
            var amount = MoneyFormat.RoundTo(level, 5000);
            var single = rng.Next(3) switch
            {
                0 => $"${G(amount)}",
                1 => $"${K(amount)}k",
                _ => $"${G(amount)} per year",
            };
            return new(amount, amount, "USD", PayPeriod.Year, single);
        }
        var (lo, hi) = Range(rng, level, rng.Chance(0.7) ? 5000 : 1000);
        var text = rng.Next(10) switch
        {
            0 => $"${K(lo)}k-${K(hi)}k",
            1 => $"${K(lo)}K - ${K(hi)}K",
            2 => $"${G(lo)} - ${G(hi)} per year",
            3 => $"${G(lo)}\u2013${G(hi)}",
            4 => $"USD {K(lo)}-{K(hi)}k base",
            5 => $"${K(lo)}k to ${K(hi)}k",
            6 => $"${G(lo)} to ${G(hi)} USD annually",
            7 => $"${K(lo)}-{K(hi)}k",
            8 => $"{K(lo)}k-{K(hi)}k USD",
            _ => $"${G(lo)}-${G(hi)}/year",
        };
        return new(lo, hi, "USD", PayPeriod.Year, text);
    }

    private static StatedPay Hourly(Random rng, double level)
    {
        // Contract rates run above the hourly equivalent of a salary: no benefits, no paid leave.
        var rate = level / HoursPerYear * 1.15;
        if (rng.Chance(0.5))
        {
            var single = MoneyFormat.RoundTo(rate, 5);
            var text = rng.Next(3) switch
            {
                0 => $"${single}/hr",
                1 => $"${single} per hour",
                _ => $"${single}/hour",
            };
            return new(single, single, "USD", PayPeriod.Hour, text);
        }
        var lo = MoneyFormat.RoundTo(rate * 0.92, 5);
        var hi = Math.Max(MoneyFormat.RoundTo(rate * 1.08, 5), lo + 5);
        var range = rng.Next(2) == 0 ? $"${lo}-${hi}/hour" : $"${lo}\u2013{hi} USD/hr";
        return new(lo, hi, "USD", PayPeriod.Hour, range);
    }

    private static StatedPay LocalAnnual(Random rng, double local, string currency)
    {
        var step = currency == "INR" ? 100_000 : rng.Chance(0.7) ? 5000 : 1000;
        var (lo, hi) = Range(rng, local, step);
        var text = currency switch
        {
            "EUR" => rng.Next(5) switch
            {
                0 => $"\u20AC{G(lo, '.')} - \u20AC{G(hi, '.')}",
                1 => $"\u20AC{K(lo)}k-\u20AC{K(hi)}k",
                2 => $"EUR {G(lo)} - {G(hi)} per year",
                3 => $"{G(lo, '.')} - {G(hi, '.')} \u20AC gross per year",
                _ => $"\u20AC{K(lo)}K\u2013{K(hi)}K",
            },
            "GBP" => rng.Next(4) switch
            {
                0 => $"\u00A3{K(lo)}k-\u00A3{K(hi)}k",
                1 => $"\u00A3{G(lo)} - \u00A3{G(hi)} per annum",
                2 => $"GBP {K(lo)}-{K(hi)}k",
                _ => $"\u00A3{G(lo)}\u2013\u00A3{G(hi)}",
            },
            "CAD" => rng.Next(3) switch
            {
                0 => $"CAD {G(lo)} - {G(hi)}",
                1 => $"${K(lo)}k-${K(hi)}k CAD",
                _ => $"C${K(lo)}k\u2013C${K(hi)}k",
            },
            "CHF" => rng.Next(3) switch
            {
                0 => $"CHF {G(lo, '\'')} - {G(hi, '\'')}",
                1 => $"CHF {K(lo)}k-{K(hi)}k",
                _ => $"CHF {G(lo)} - {G(hi)} per year",
            },
            "INR" => rng.Next(2) switch
            {
                0 => $"INR {G(lo)} - {G(hi)} per year",
                _ => $"\u20B9{G(lo)} \u2013 \u20B9{G(hi)} per annum",
            },
            _ => $"{currency} {G(lo)} - {G(hi)} per year",
        };
        return new(lo, hi, currency, PayPeriod.Year, text);
    }

    private static StatedPay Monthly(Random rng, double local, string currency)
    {
        var (lo, hi) = Range(rng, local, currency == "PLN" ? 500 : 1000);
        var text = currency switch
        {
            "PLN" => rng.Next(3) switch
            {
                0 => $"{G(lo, ' ')} - {G(hi, ' ')} PLN/month",
                1 => $"{K(lo)}k-{K(hi)}k PLN net/month (B2B)",
                _ => $"PLN {G(lo)} - {G(hi)} gross per month",
            },
            _ => rng.Next(2) switch
            {
                0 => $"{currency} {G(lo, ' ')} - {G(hi, ' ')} per month",
                _ => $"{K(lo)}-{K(hi)}k {currency}/month",
            },
        };
        return new(lo, hi, currency, PayPeriod.Month, text);
    }

    private static string G(long amount, char separator = ',') => MoneyFormat.Grouped(amount, separator);

    private static string K(long amount) => MoneyFormat.Thousands(amount);
}
