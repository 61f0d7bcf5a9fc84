using System.Globalization;
using System.Text.Json.Serialization;
using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;

namespace RoleScope.Storage.Export;

/// <summary>
/// One extracted posting as the export writes it: flat columns plus lists, the shape a distributed engine (Spark,
/// Trino) computes the figures of metrics.md from (docs/scaling.md has the SQL). Near-duplicates are not exported.
/// </summary>
public sealed class ExportRow
{
    [JsonPropertyName("source")]
    public string Source { get; set; } = "";

    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>yyyy-MM-dd, or null.</summary>
    [JsonPropertyName("posted_at")]
    public string? PostedAt { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("company")]
    public string? Company { get; set; }

    [JsonPropertyName("work_mode")]
    public string WorkMode { get; set; } = "";

    /// <summary>Each role's family, in the posting's role order; a posting belongs to every family listed.</summary>
    [JsonPropertyName("role_families")]
    public List<string> RoleFamilies { get; set; } = [];

    /// <summary>Each role's seniority, parallel to <see cref="RoleFamilies"/>.</summary>
    [JsonPropertyName("role_seniorities")]
    public List<string> RoleSeniorities { get; set; } = [];

    [JsonPropertyName("countries")]
    public List<string> Countries { get; set; } = [];

    [JsonPropertyName("skills")]
    public List<string> Skills { get; set; } = [];

    /// <summary>Mean of the annual USD midpoints of the stated salaries that convert, or null (metrics.md, "median salary").</summary>
    [JsonPropertyName("salary_mid_usd")]
    public double? SalaryMidUsd { get; set; }

    public static ExportRow From(MarketPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var p = posting.Posting;
        decimal sum = 0;
        var count = 0;
        foreach (var s in p.Salaries)
        {
            if (s.AnnualMidUsd is { } mid)
            {
                sum += mid;
                count++;
            }
        }
        return new ExportRow
        {
            Source = posting.Source,
            Id = p.Id,
            PostedAt = posting.PostedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Title = p.Title,
            Company = p.Company,
            WorkMode = p.WorkMode.Name(),
            RoleFamilies = [.. p.Roles.Select(r => r.Family.Name())],
            RoleSeniorities = [.. p.Roles.Select(r => r.Seniority.Name())],
            Countries = [.. p.Countries],
            Skills = [.. p.Skills],
            SalaryMidUsd = count == 0 ? null : (double)(sum / count),
        };
    }
}
