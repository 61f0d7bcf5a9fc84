using System.Collections.Frozen;
using System.Text.Json;
using RoleScope.Core.Domain;

namespace RoleScope.Sources.Json;

/// <summary>Maps the canonical input posting of extraction.md ("Canonical input posting") to a <see cref="RawPosting"/>.</summary>
internal static class CanonicalPostingMapper
{
    public const string DefaultSource = "jsonl";

    private static readonly FrozenSet<string> KnownFields = FrozenSet.ToFrozenSet(
        ["id", "source", "url", "title", "company", "location", "description", "posted_at", "salary"], StringComparer.Ordinal);

    public static MapResult Map(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return MapResult.Fail("not a JSON object");
        }
        if (IsSchemaOrg(item))
        {
            return MapResult.Fail(SchemaOrgReason);
        }
        try
        {
            var id = JsonFields.RequiredId(item, "id");
            var title = JsonFields.OptionalString(item, "title");
            var description = JsonFields.RawString(item, "description");
            if (string.IsNullOrWhiteSpace(description) && title is null)
            {
                return MapResult.Fail("missing description and title");
            }
            return MapResult.Ok(new RawPosting
            {
                Id = id,
                Source = JsonFields.OptionalString(item, "source") ?? DefaultSource,
                Url = JsonFields.OptionalString(item, "url"),
                Title = title,
                Company = JsonFields.OptionalString(item, "company"),
                Location = JsonFields.OptionalString(item, "location"),
                Description = description ?? "",
                PostedAt = PostedAt(item),
                Salary = Salary(item),
                Labels = Labels(item),
            });
        }
        catch (InvalidRecordException e)
        {
            return MapResult.Fail(e.Message);
        }
    }

    /// <summary>Why a schema.org JSON-LD object is not read here: its fields are not the canonical posting's.</summary>
    public const string SchemaOrgReason = "a schema.org JSON-LD object, not a canonical posting: read it with `rolescope fetch schemaorg FILE -o OUT.jsonl`";

    /// <summary>
    /// A schema.org JSON-LD object with no canonical "id": "@type": "JobPosting", or an "@context" / "@graph" around such objects.
    /// </summary>
    private static bool IsSchemaOrg(JsonElement item) =>
        !item.TryGetProperty("id", out _) &&
        (item.TryGetProperty("@type", out _) || item.TryGetProperty("@context", out _) || item.TryGetProperty("@graph", out _));

    private static DateOnly? PostedAt(JsonElement item)
    {
        var text = JsonFields.OptionalString(item, "posted_at");
        if (text is null)
        {
            return null;
        }
        return PostedDates.TryParse(text, out var date) ? date : throw new InvalidRecordException("posted_at is not an ISO date or date-time");
    }

    private static StatedSalary? Salary(JsonElement item)
    {
        if (!item.TryGetProperty("salary", out var salary) || salary.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (salary.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRecordException("salary is not an object");
        }
        var min = JsonFields.OptionalDecimal(salary, "min", "salary.min");
        var max = JsonFields.OptionalDecimal(salary, "max", "salary.max");
        var currency = JsonFields.OptionalString(salary, "currency", "salary.currency")?.ToUpperInvariant();
        var periodText = JsonFields.OptionalString(salary, "period", "salary.period");
        PayPeriod? period = null;
        if (periodText is not null)
        {
            period = Vocabulary.TryParsePeriod(periodText, out var p)
                ? p
                : throw new InvalidRecordException("salary.period is not one of hour, day, week, month, year");
        }
        return min is null && max is null && currency is null && period is null ? null : new StatedSalary(min, max, currency, period);
    }

    /// <summary>Extra string fields a source adds (e.g. "seniority") are kept as labels; extraction never reads them.</summary>
    private static Dictionary<string, string>? Labels(JsonElement item)
    {
        Dictionary<string, string>? labels = null;
        foreach (var property in item.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && !KnownFields.Contains(property.Name)
                && property.Value.GetString() is { Length: > 0 } value)
            {
                labels ??= new Dictionary<string, string>(StringComparer.Ordinal);
                labels.TryAdd(property.Name, value);
            }
        }
        return labels;
    }
}
