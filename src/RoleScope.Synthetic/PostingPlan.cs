namespace RoleScope.Synthetic;

/// <summary>How a posting presents its roles.</summary>
internal enum Layout
{
    /// <summary>A job-board posting: one title, then the description.</summary>
    Standard,

    /// <summary>A Hacker News comment: "Company | Roles | Where | Pay" header line, no title field.</summary>
    Header,

    /// <summary>"We're hiring Backend and Full-Stack Engineers" with a list of open roles.</summary>
    Plural,
}

/// <summary>Everything decided about one posting before its text is written.</summary>
internal sealed record PostingPlan(
    CompanyProfile Company,
    IReadOnlyList<PlannedRole> Roles,
    Layout Layout,
    YearsOfExperience? Years,
    PlacePlan Place,
    IReadOnlyList<string> Skills,
    StatedPay? Pay,
    TextStyle Style);
