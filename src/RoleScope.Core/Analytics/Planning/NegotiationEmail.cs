using System.Globalization;

namespace RoleScope.Core.Analytics.Planning;

/// <summary>
/// A negotiation email drafted from a benchmark: it names the market range (P25 to P75), its n and window, where the offer
/// sits, and asks for the benchmark's <see cref="SalaryBenchmark.Ask"/>. Never invents a number the benchmark does not have.
/// </summary>
public static class NegotiationEmail
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static string Draft(SalaryBenchmark b)
    {
        var r = b.Request;
        var role = SalaryBenchmarks.RoleName(r);
        var window = b.Window is { } w ? "posted " + w : "posting dates not known";
        if (b.Salary.Median is not { } median)
        {
            return string.Format(En,
                "(No email drafted: only {0} {1} postings in {2} disclose a salary, fewer than the {3} a market range needs. Widen the slice: drop the band or skills, or pick a broader country.)",
                b.Salary.N, role, r.Country, b.MinN);
        }
        var range = string.Format(En, "{0} to {1}", Money(b.Salary.P25!.Value), Money(b.Salary.P75!.Value));
        var lines = new List<string>
        {
            "Subject: Base salary for the " + role + " offer",
            "",
            "Hello,",
            "",
            r.Offer is { } offer0
                ? string.Format(En, "Thank you for the offer of {0} base salary. I am keen on the role and would like to settle one point before I accept.", Money(offer0))
                : "Thank you for the offer. I am keen on the role and would like to settle the base salary before I accept.",
            "",
            string.Format(En,
                "Market data puts this role at {0} (the middle half of {1:N0} {2} postings in {3} that disclosed a base salary, {4}; median {5}, 95% interval {6} to {7}).",
                range, b.Salary.N, role, r.Country, window, Money(median.Value), Money(median.Low), Money(median.High)),
        };
        if (r.Offer is { } offer && b.OfferRank is { } rank && b.Ask is { } ask)
        {
            lines.Add(string.Format(En, "The offer sits at about the {0} percentile of that range.", Ordinal(rank.Value)));
            lines.Add("");
            lines.Add(ask > offer
                ? string.Format(En, "Given the scope of the role, I would like to ask for a base salary of {0}, the upper quartile of that range.", Money(ask))
                : "The base is in the upper part of that range, so I would like to discuss the other parts of the package: signing bonus, equity and its vesting schedule, and the timing of the first review.");
        }
        lines.Add("");
        lines.Add("I am happy to talk it through at a time that suits you.");
        lines.Add("");
        lines.Add("Best regards,");
        return string.Join("\n", lines);
    }

    private static string Money(double value) => string.Format(En, "${0:N0}", Math.Round(value / 1000) * 1000);

    private static string Ordinal(double share)
    {
        var p = (int)Math.Round(share * 100);
        var suffix = (p % 100) is 11 or 12 or 13 ? "th" : (p % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return p.ToString(En) + suffix;
    }
}
