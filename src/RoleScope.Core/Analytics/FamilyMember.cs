using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics;

/// <summary>
/// A posting as one family sees it: the seniority of its first role of that family, and its salary midpoint
/// (mean of the annual USD midpoints of its stated ranges) when it states one in the salary country.
/// </summary>
internal sealed record FamilyMember(MarketPosting Source, Seniority Seniority, double? Salary)
{
    public ExtractedPosting Posting => Source.Posting;

    public static FamilyMember? Of(MarketPosting p, RoleFamily family, string salaryCountry)
    {
        ExtractedRole? role = null;
        foreach (var r in p.Posting.Roles)
        {
            if (r.Family == family)
            {
                role = r;
                break;
            }
        }
        if (role is null)
        {
            return null;
        }
        return new FamilyMember(p, role.Seniority, SalaryIn(p.Posting, salaryCountry));
    }

    internal static double? SalaryIn(ExtractedPosting posting, string country)
    {
        if (!posting.Countries.Contains(country, StringComparer.Ordinal))
        {
            return null;
        }
        decimal sum = 0;
        var count = 0;
        foreach (var s in posting.Salaries)
        {
            if (s.AnnualMidUsd is { } mid)
            {
                sum += mid;
                count++;
            }
        }
        return count == 0 ? null : (double)(sum / count);
    }
}
