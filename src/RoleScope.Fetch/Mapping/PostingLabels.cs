namespace RoleScope.Fetch.Mapping;

/// <summary>
/// Keys of the structured facts a fetched posting carries in <see cref="RoleScope.Core.Domain.RawPosting.Labels"/>
/// (written as extra string fields of the canonical JSON line). Extraction never reads them; <c>rolescope eval --stated</c>
/// compares them with what extraction reads from the text.
/// </summary>
public static class PostingLabels
{
    /// <summary>"remote", "hybrid" or "onsite": the source's workplace type, in extraction.md's work_mode vocabulary.</summary>
    public const string WorkMode = "work_mode";

    /// <summary>"full_time", "part_time", "contract", "temporary", "intern", ... as the source states it, snake_cased.</summary>
    public const string EmploymentType = "employment_type";

    /// <summary>Every location the source lists, joined by " | ".</summary>
    public const string Locations = "locations";

    /// <summary>Where applicants may live (schema.org applicantLocationRequirements), joined by " | ".</summary>
    public const string ApplicantLocations = "applicant_locations";

    /// <summary>The source's own country code (Lever's <c>country</c>).</summary>
    public const string Country = "country";

    public const string Department = "department";

    public const string Team = "team";

    /// <summary>The source's own words about pay (Lever salaryDescription, Ashby's compensation summary, every Greenhouse range).</summary>
    public const string PayText = "pay_text";

    /// <summary>The source's version stamp of the posting (updated_at, or the creation time where there is none).</summary>
    public const string UpdatedAt = "updated_at";

    /// <summary>The HN user who posted the comment (not the employer).</summary>
    public const string By = "by";

    /// <summary>The "Who is hiring?" story a comment answers.</summary>
    public const string Thread = "thread";

    /// <summary>Joins several values of one label.</summary>
    public const string Separator = " | ";
}
