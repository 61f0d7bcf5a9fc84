namespace RoleScope.Synthetic;

/// <summary>
/// Keys of <see cref="RoleScope.Core.Domain.RawPosting.Labels"/> on synthetic postings: what the generator wrote into
/// the text, in the vocabularies of extraction.md. They let tests compare extraction with a known answer. Skills are
/// the technologies the plan named; boilerplate may mention words a broader taxonomy also counts.
/// </summary>
public static class SyntheticLabels
{
    /// <summary>Family of the first role ("backend").</summary>
    public const string Family = "family";

    /// <summary>Seniority of the first role as the text tells it ("unknown" when neither title nor years say it).</summary>
    public const string Seniority = "seniority";

    /// <summary>Every role in order, "family:seniority" joined by '|'.</summary>
    public const string Roles = "roles";

    /// <summary>"remote", "hybrid", "onsite" or "unknown".</summary>
    public const string WorkMode = "work_mode";

    /// <summary>ISO 3166-1 alpha-2 codes, sorted, joined by ','; empty when the job is open EU-wide.</summary>
    public const string Countries = "countries";

    /// <summary>Canonical skill names, sorted (ordinal), joined by '|'.</summary>
    public const string Skills = "skills";

    /// <summary>"min-max CURRENCY period" of the stated base pay ("150000-190000 USD year"); empty when none is stated.</summary>
    public const string Salary = "salary";

    /// <summary>"plain", "html" or "hackernews".</summary>
    public const string Markup = "markup";
}
