using RoleScope.Core.Analytics;

namespace RoleScope.Web.Api;

/// <summary>The slice parameters the analytics endpoints and pages share: since, until, country, workMode, seniority, skill.</summary>
internal static class Slices
{
    public static MarketSlice Parse(IQueryCollection query, QueryErrors errors)
    {
        string? Get(string name) => query[name].FirstOrDefault();
        var since = QueryValues.Date(Get("since"), "since", errors);
        var until = QueryValues.Date(Get("until"), "until", errors);
        if (since > until)
        {
            errors.Add("until", "is before 'since'.");
        }
        var country = QueryValues.Country(Get("country"), errors);
        var mode = QueryValues.WorkMode(Get("workMode"), errors);
        var seniority = QueryValues.Seniority(Get("seniority"), errors);
        var skill = QueryValues.Skill(Get("skill"), errors);
        return new MarketSlice
        {
            From = since,
            To = until,
            Countries = country is null ? null : new HashSet<string>(StringComparer.Ordinal) { country },
            WorkModes = mode is null ? null : new HashSet<Core.Domain.WorkMode> { mode.Value },
            Seniorities = seniority is null ? null : new HashSet<Core.Domain.Seniority> { seniority.Value },
            Skills = skill is null ? null : new HashSet<string>(StringComparer.Ordinal) { skill },
        };
    }
}
