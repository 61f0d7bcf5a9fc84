using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using RoleScope.Core.Domain;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.Lever;

/// <summary>Maps a Lever Postings API posting (JSON mode) to a posting, keeping salaryRange and workplaceType.</summary>
internal static class LeverPostingMapper
{
    public static RawPosting Map(JsonElement posting, string company)
    {
        if (posting.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedItemException("the posting is not a JSON object");
        }
        var id = JsonValues.RequiredId(posting, "id");
        var title = JsonValues.String(posting, "text");
        var description = Description(posting);
        if (title is null && description.Length == 0)
        {
            throw new MalformedItemException($"posting {id} has neither text (title) nor description");
        }
        var categories = JsonValues.Property(posting, "categories") is { ValueKind: JsonValueKind.Object } c ? c : default;
        var location = Category(categories, "location");
        var createdAt = JsonValues.Long(posting, "createdAt");
        var updated = JsonValues.Long(posting, "updatedAt") ?? createdAt;
        return new RawPosting
        {
            Id = id,
            Source = "lever",
            Url = JsonValues.String(posting, "hostedUrl"),
            Title = title,
            Company = company,
            Location = location,
            Description = description,
            PostedAt = JsonValues.FromUnix(createdAt, milliseconds: true),
            Salary = Salary(posting),
            Labels = new LabelSet()
                .Add(PostingLabels.WorkMode, LabelValues.WorkMode(JsonValues.String(posting, "workplaceType"))?.Name())
                .Add(PostingLabels.EmploymentType, LabelValues.EmploymentType(Category(categories, "commitment")))
                .Add(PostingLabels.Locations, LabelValues.Join([location, .. AllLocations(categories)]))
                .Add(PostingLabels.Country, JsonValues.String(posting, "country")?.ToUpperInvariant())
                .Add(PostingLabels.Department, Category(categories, "department"))
                .Add(PostingLabels.Team, Category(categories, "team"))
                .Add(PostingLabels.PayText, JsonValues.String(posting, "salaryDescriptionPlain"))
                .Add(PostingLabels.UpdatedAt, updated?.ToString(CultureInfo.InvariantCulture))
                .Build(),
        };
    }

    /// <summary>The description, then each list under its heading, then the closing text: the page a reader sees.</summary>
    private static string Description(JsonElement posting)
    {
        var html = new StringBuilder(JsonValues.RawString(posting, "description") ?? "");
        foreach (var list in JsonValues.Objects(posting, "lists"))
        {
            var heading = JsonValues.String(list, "text");
            var content = JsonValues.RawString(list, "content");
            if (heading is not null)
            {
                html.Append("<h3>").Append(WebUtility.HtmlEncode(heading)).Append("</h3>");
            }
            if (!string.IsNullOrWhiteSpace(content))
            {
                html.Append("<ul>").Append(content).Append("</ul>");
            }
        }
        html.Append(JsonValues.RawString(posting, "additional"));
        return html.ToString();
    }

    private static string? Category(JsonElement categories, string name) =>
        categories.ValueKind == JsonValueKind.Object ? JsonValues.String(categories, name) : null;

    private static IEnumerable<string> AllLocations(JsonElement categories) =>
        categories.ValueKind == JsonValueKind.Object ? JsonValues.Strings(categories, "allLocations") : [];

    /// <summary><c>salaryRange</c>: {currency, interval ("per-year-salary", "per-hour-wage", ...), min, max}.</summary>
    private static StatedSalary? Salary(JsonElement posting)
    {
        if (JsonValues.Property(posting, "salaryRange") is not { ValueKind: JsonValueKind.Object } range)
        {
            return null;
        }
        var interval = JsonValues.String(range, "interval");
        var period = Period(interval);
        return StatedPay.Of(JsonValues.Decimal(range, "min"), JsonValues.Decimal(range, "max"), JsonValues.String(range, "currency"), period,
            inferPeriod: interval is null);
    }

    /// <summary>Lever's intervals with a counterpart in extraction.md; semi-monthly, bi-weekly and one-time have none.</summary>
    private static PayPeriod? Period(string? interval) => interval?.ToLowerInvariant() switch
    {
        "per-year-salary" => PayPeriod.Year,
        "per-month-salary" => PayPeriod.Month,
        "per-week-salary" => PayPeriod.Week,
        "per-day-wage" or "per-day-salary" => PayPeriod.Day,
        "per-hour-wage" or "per-hour-salary" => PayPeriod.Hour,
        _ => null,
    };
}
