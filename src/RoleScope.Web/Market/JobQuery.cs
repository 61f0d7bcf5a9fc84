using RoleScope.Core.Domain;
using RoleScope.Web.Api;

namespace RoleScope.Web.Market;

/// <summary>The job board's filter, sort and page, as the API and the Jobs page take them from the query string.</summary>
internal sealed record JobQuery
{
    /// <summary>The largest page the API serves: bigger asks are refused, not silently cut, so a client notices.</summary>
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public string? Q { get; init; }
    public RoleFamily? Family { get; init; }
    public Seniority? Seniority { get; init; }
    public WorkMode? WorkMode { get; init; }
    public string? Country { get; init; }
    public string? Skill { get; init; }
    public double? MinSalary { get; init; }
    public DateOnly? Since { get; init; }
    public JobSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Reads the query string; every bad value is named in <paramref name="errors"/>.</summary>
    public static JobQuery Parse(Func<string, string?> get, QueryErrors errors)
    {
        var sortText = get("sort");
        var sort = JobSort.Date;
        if (!string.IsNullOrWhiteSpace(sortText) && !Enum.TryParse(sortText.Trim(), ignoreCase: true, out sort))
        {
            errors.Add("sort", $"unknown sort '{sortText}'. Known: date, salary.");
        }
        return new JobQuery
        {
            Q = string.IsNullOrWhiteSpace(get("q")) ? null : get("q")!.Trim(),
            Family = QueryValues.Family(get("family"), "family", errors),
            Seniority = QueryValues.Seniority(get("seniority"), errors),
            WorkMode = QueryValues.WorkMode(get("workMode"), errors),
            Country = QueryValues.Country(get("country"), errors),
            Skill = QueryValues.Skill(get("skill"), errors),
            MinSalary = QueryValues.Money(get("minSalary"), "minSalary", errors),
            Since = QueryValues.Date(get("since"), "since", errors),
            Sort = sort,
            Page = QueryValues.Int(get("page"), "page", 1, 1, 1_000_000, errors),
            PageSize = QueryValues.Int(get("pageSize"), "pageSize", DefaultPageSize, 1, MaxPageSize, errors),
        };
    }
}

public enum JobSort
{
    Date,
    Salary,
}
