using RoleScope.Core.Domain;
using RoleScope.Web.Market;

namespace RoleScope.Web.Api;

/// <summary>One page of the job board: its postings, how many match in all, and the facet counts of the match.</summary>
public sealed record PostingPage(IReadOnlyList<PostingSummary> Items, int Total, int Page, int PageSize, JobFacets Facets, long StoreVersion);

public sealed record PostingSummary(string Id, string Source, string SourceId, string? Title, string? Company, string Family, string Seniority,
    string WorkMode, IReadOnlyList<string> Countries, IReadOnlyList<string> Skills, double? SalaryUsd, DateOnly? PostedAt)
{
    internal static PostingSummary Of(PostingRow r) => new(r.Id, r.Source, r.SourceId, r.Title, r.Company, r.Family.Name(), r.Seniority.Name(),
        r.WorkMode.Name(), r.Countries, r.Skills, r.SalaryUsd is { } s ? Math.Round(s) : null, r.PostedAt);
}

/// <summary>A posting with everything extraction found in it and the normalised text its evidence spans point into.</summary>
public sealed record PostingDetail(string Id, string Source, string SourceId, string? Url, DateOnly? PostedAt, string Text, ExtractedPosting Extraction);

/// <summary>What POST /api/ingest did with the body.</summary>
public sealed record IngestResult(int Read, int Stored, int Duplicates, int NearDuplicates, int Rejected, IReadOnlyList<string> Rejects, long StoreVersion);
