using System.Text.Json;
using RoleScope.Core.Domain;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.Ashby;

/// <summary>Maps an Ashby Posting API job to a posting, keeping its workplace type, employment type and salary component.</summary>
internal static class AshbyJobMapper
{
    public static RawPosting Map(JsonElement job, string board)
    {
        if (job.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedItemException("the job is not a JSON object");
        }
        var id = JsonValues.RequiredId(job, "id");
        var title = JsonValues.String(job, "title");
        var description = JsonValues.RawString(job, "descriptionHtml") ?? JsonValues.RawString(job, "descriptionPlain") ?? "";
        if (title is null && string.IsNullOrWhiteSpace(description))
        {
            throw new MalformedItemException($"job {id} has neither title nor description");
        }
        var location = JsonValues.String(job, "location");
        var compensation = JsonValues.Property(job, "compensation") is { ValueKind: JsonValueKind.Object } c ? c : default;
        return new RawPosting
        {
            Id = id,
            Source = "ashby",
            Url = JsonValues.String(job, "jobUrl"),
            Title = title,
            Company = board,
            Location = location,
            Description = description,
            PostedAt = JsonValues.Date(JsonValues.String(job, "publishedAt")),
            Salary = compensation.ValueKind == JsonValueKind.Object ? Salary(compensation) : null,
            Labels = new LabelSet()
                .Add(PostingLabels.WorkMode, WorkMode(job)?.Name())
                .Add(PostingLabels.EmploymentType, LabelValues.EmploymentType(JsonValues.String(job, "employmentType")))
                .Add(PostingLabels.Locations, LabelValues.Join([location, .. JsonValues.Objects(job, "secondaryLocations").Select(l => JsonValues.String(l, "location"))]))
                .Add(PostingLabels.Country, Country(job))
                .Add(PostingLabels.Department, JsonValues.String(job, "department"))
                .Add(PostingLabels.Team, JsonValues.String(job, "team"))
                .Add(PostingLabels.PayText, compensation.ValueKind == JsonValueKind.Object
                    ? JsonValues.String(compensation, "compensationTierSummary") ?? JsonValues.String(compensation, "scrapeableCompensationSalarySummary")
                    : null)
                .Add(PostingLabels.UpdatedAt, JsonValues.String(job, "updatedAt") ?? JsonValues.String(job, "publishedAt"))
                .Build(),
        };
    }

    /// <summary><c>workplaceType</c> ("OnSite", "Hybrid", "Remote") where given, else the older <c>isRemote</c> flag.</summary>
    private static WorkMode? WorkMode(JsonElement job) =>
        LabelValues.WorkMode(JsonValues.String(job, "workplaceType"))
        ?? (JsonValues.IsTrue(job, "isRemote") ? Core.Domain.WorkMode.Remote : null);

    private static string? Country(JsonElement job) =>
        JsonValues.Property(job, "address") is { ValueKind: JsonValueKind.Object } address
        && JsonValues.Property(address, "postalAddress") is { ValueKind: JsonValueKind.Object } postal
            ? JsonValues.String(postal, "addressCountry")
            : null;

    /// <summary>The salary component of the summary (or of the first tier): {compensationType, interval "1 YEAR", currencyCode, minValue, maxValue}.</summary>
    private static StatedSalary? Salary(JsonElement compensation)
    {
        var components = JsonValues.Objects(compensation, "summaryComponents")
            .Concat(JsonValues.Objects(compensation, "compensationTiers").SelectMany(t => JsonValues.Objects(t, "components")));
        foreach (var component in components)
        {
            if (!string.Equals(JsonValues.String(component, "compensationType"), "Salary", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var interval = JsonValues.String(component, "interval");
            var period = Period(interval);
            var salary = StatedPay.Of(JsonValues.Decimal(component, "minValue"), JsonValues.Decimal(component, "maxValue"),
                JsonValues.String(component, "currencyCode"), period, inferPeriod: interval is null);
            if (salary is not null)
            {
                return salary;
            }
        }
        return null;
    }

    /// <summary>"1 YEAR", "1 MONTH", "1 HOUR"...: only a single unit maps to a period.</summary>
    private static PayPeriod? Period(string? interval)
    {
        var parts = interval?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts is ["1", var unit] && Vocabulary.TryParsePeriod(unit, out var period) ? period : null;
    }
}
