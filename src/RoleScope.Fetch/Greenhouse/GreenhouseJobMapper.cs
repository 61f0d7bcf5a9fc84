using System.Globalization;
using System.Net;
using System.Text.Json;
using RoleScope.Core.Domain;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.Greenhouse;

/// <summary>Maps a Greenhouse Job Board API job (its detail, falling back to the listing's fields) to a posting.</summary>
internal static class GreenhouseJobMapper
{
    public static RawPosting Map(JsonElement job, JsonElement listed, string board)
    {
        var id = JsonValues.RequiredId(job, "id");
        var title = Field(job, listed, "title");
        var content = Content(JsonValues.RawString(job, "content") ?? JsonValues.RawString(listed, "content"));
        if (title is null && string.IsNullOrWhiteSpace(content))
        {
            throw new MalformedItemException($"job {id} has neither title nor content");
        }
        var ranges = PayRanges(job).ToList();
        var location = Location(job) ?? Location(listed);
        var offices = JsonValues.Objects(job, "offices").Select(o => JsonValues.String(o, "location") ?? JsonValues.String(o, "name"));
        return new RawPosting
        {
            Id = id,
            Source = "greenhouse",
            Url = Field(job, listed, "absolute_url"),
            Title = title,
            Company = Field(job, listed, "company_name") ?? board,
            Location = location,
            Description = content ?? "",
            PostedAt = JsonValues.Date(Field(job, listed, "first_published") ?? Field(job, listed, "updated_at")),
            Salary = ranges.Count > 0 ? ranges[0].Salary : null,
            Labels = new LabelSet()
                .Add(PostingLabels.Locations, LabelValues.Join([location, .. offices]))
                .Add(PostingLabels.Department, LabelValues.Join(JsonValues.Objects(job, "departments").Select(d => JsonValues.String(d, "name"))))
                .Add(PostingLabels.EmploymentType, LabelValues.EmploymentType(Metadata(job, "employment type")))
                .Add(PostingLabels.WorkMode, LabelValues.WorkMode(Metadata(job, "workplace type") ?? Metadata(job, "location type"))?.Name())
                .Add(PostingLabels.PayText, LabelValues.Join(ranges.Select(r => r.Text)))
                .Add(PostingLabels.UpdatedAt, Field(job, listed, "updated_at"))
                .Build(),
        };
    }

    private static string? Field(JsonElement job, JsonElement listed, string name) => JsonValues.String(job, name) ?? JsonValues.String(listed, name);

    private static string? Location(JsonElement job) =>
        JsonValues.Property(job, "location") is { ValueKind: JsonValueKind.Object } location ? JsonValues.String(location, "name") : null;

    /// <summary>The API sends content HTML-escaped ("&amp;lt;p&amp;gt;"); decode once to get the HTML.</summary>
    private static string? Content(string? content) =>
        content is not null && content.Contains("&lt;", StringComparison.Ordinal) ? WebUtility.HtmlDecode(content) : content;

    /// <summary>The value of an employer's custom field ("metadata") whose name is <paramref name="name"/>.</summary>
    private static string? Metadata(JsonElement job, string name)
    {
        foreach (var field in JsonValues.Objects(job, "metadata"))
        {
            if (string.Equals(JsonValues.String(field, "name"), name, StringComparison.OrdinalIgnoreCase))
            {
                return JsonValues.Property(field, "value") switch
                {
                    { ValueKind: JsonValueKind.String } s => s.GetString(),
                    { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
                    _ => null,
                };
            }
        }
        return null;
    }

    /// <summary><c>pay_input_ranges</c>: amounts in cents, a currency, and the zone or role title the range applies to.</summary>
    private static IEnumerable<(StatedSalary Salary, string Text)> PayRanges(JsonElement job)
    {
        foreach (var range in JsonValues.Objects(job, "pay_input_ranges"))
        {
            var min = JsonValues.Decimal(range, "min_cents") / 100;
            var max = JsonValues.Decimal(range, "max_cents") / 100;
            if (StatedPay.Of(min, max, JsonValues.String(range, "currency_type"), null) is { } salary)
            {
                var title = JsonValues.String(range, "title");
                var text = StatedPay.Describe(salary);
                yield return (salary, title is null ? text : string.Create(CultureInfo.InvariantCulture, $"{title}: {text}"));
            }
        }
    }
}
