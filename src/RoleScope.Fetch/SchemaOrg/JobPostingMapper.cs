using System.Text.Json;
using RoleScope.Core.Domain;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.SchemaOrg;

/// <summary>
/// Maps a schema.org JobPosting (as Google's job-posting structured data uses it) to a posting: baseSalary as a
/// MonetaryAmount holding a QuantitativeValue, jobLocationType TELECOMMUTE, applicantLocationRequirements, employmentType,
/// datePosted, hiringOrganization and jobLocation.
/// </summary>
internal static class JobPostingMapper
{
    /// <param name="id">The posting's id, chosen by the caller from its url, identifier or place on the page.</param>
    /// <param name="pageUrl">The page's URL (null for a file), used when the posting names none.</param>
    public static RawPosting Map(JsonElement node, string id, string? pageUrl)
    {
        var title = JsonValues.String(node, "title") ?? JsonValues.String(node, "name");
        var description = JsonValues.RawString(node, "description") ?? "";
        if (title is null && string.IsNullOrWhiteSpace(description))
        {
            throw new MalformedItemException($"JobPosting {id} has neither title nor description");
        }
        var places = JsonValues.Objects(node, "jobLocation").Select(Place).Where(p => p is not null).ToList();
        var employment = JsonValues.Strings(node, "employmentType").Select(LabelValues.EmploymentType);
        var remote = JsonValues.Strings(node, "jobLocationType").Any(t => t.Equals("TELECOMMUTE", StringComparison.OrdinalIgnoreCase));
        return new RawPosting
        {
            Id = id,
            Source = "schemaorg",
            Url = JsonValues.String(node, "url") ?? pageUrl,
            Title = title,
            Company = Organization(node),
            Location = places.FirstOrDefault(),
            Description = description,
            PostedAt = JsonValues.Date(JsonValues.String(node, "datePosted")),
            Salary = Salary(node),
            Labels = new LabelSet()
                .Add(PostingLabels.WorkMode, remote ? WorkMode.Remote.Name() : null)
                .Add(PostingLabels.EmploymentType, LabelValues.Join(employment))
                .Add(PostingLabels.Locations, LabelValues.Join(places))
                .Add(PostingLabels.ApplicantLocations, LabelValues.Join(ApplicantLocations(node)))
                .Build(),
        };
    }

    /// <summary>The identifier: a string, a number or a PropertyValue.</summary>
    public static string? Identifier(JsonElement node) => JsonValues.Property(node, "identifier") switch
    {
        { ValueKind: JsonValueKind.String } s => string.IsNullOrWhiteSpace(s.GetString()) ? null : s.GetString()!.Trim(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.Object } pv => JsonValues.String(pv, "value") ?? (JsonValues.Property(pv, "value") is { ValueKind: JsonValueKind.Number } v ? v.GetRawText() : null),
        _ => null,
    };

    private static string? Organization(JsonElement node) => JsonValues.Property(node, "hiringOrganization") switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString()?.Trim(),
        { ValueKind: JsonValueKind.Object } o => JsonValues.String(o, "name") ?? JsonValues.String(o, "legalName"),
        _ => null,
    };

    /// <summary>"Berlin, BE, DE" from a Place's PostalAddress (or a bare address string).</summary>
    private static string? Place(JsonElement place)
    {
        switch (JsonValues.Property(place, "address"))
        {
            case { ValueKind: JsonValueKind.String } s:
                return s.GetString()?.Trim();
            case { ValueKind: JsonValueKind.Object } address:
                var parts = new[] { JsonValues.String(address, "addressLocality"), JsonValues.String(address, "addressRegion"), Name(address, "addressCountry") }
                    .Where(p => p is not null);
                var text = string.Join(", ", parts);
                return text.Length > 0 ? text : null;
            default:
                return JsonValues.String(place, "name");
        }
    }

    /// <summary>applicantLocationRequirements: a Country or AdministrativeArea (or several), or a bare name.</summary>
    private static IEnumerable<string?> ApplicantLocations(JsonElement node) =>
        JsonValues.Property(node, "applicantLocationRequirements") switch
        {
            { ValueKind: JsonValueKind.String } s => [s.GetString()],
            { ValueKind: JsonValueKind.Object } o => [JsonValues.String(o, "name")],
            { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(e => e.ValueKind switch
            {
                JsonValueKind.String => e.GetString(),
                JsonValueKind.Object => JsonValues.String(e, "name"),
                _ => null,
            }),
            _ => [],
        };

    /// <summary>A field that is a name or a Thing with a name (addressCountry: "DE" or {"@type": "Country", "name": "DE"}).</summary>
    private static string? Name(JsonElement obj, string field) => JsonValues.Property(obj, field) switch
    {
        { ValueKind: JsonValueKind.String } s => string.IsNullOrWhiteSpace(s.GetString()) ? null : s.GetString()!.Trim(),
        { ValueKind: JsonValueKind.Object } o => JsonValues.String(o, "name"),
        _ => null,
    };

    /// <summary>baseSalary: a MonetaryAmount {currency, value: QuantitativeValue {minValue, maxValue | value, unitText}} or {currency, value: number}.</summary>
    private static StatedSalary? Salary(JsonElement node)
    {
        if (JsonValues.Property(node, "baseSalary") is not { ValueKind: JsonValueKind.Object } amount)
        {
            return null;
        }
        var currency = JsonValues.String(amount, "currency");
        switch (JsonValues.Property(amount, "value"))
        {
            case { ValueKind: JsonValueKind.Object } quantity:
                var unit = JsonValues.String(quantity, "unitText") ?? JsonValues.String(amount, "unitText");
                var single = JsonValues.Decimal(quantity, "value");
                return StatedPay.Of(JsonValues.Decimal(quantity, "minValue") ?? single, JsonValues.Decimal(quantity, "maxValue") ?? single,
                    currency, Period(unit), inferPeriod: unit is null);
            case { } number when JsonValues.Decimal(number) is { } value:
                var unitText = JsonValues.String(amount, "unitText");
                return StatedPay.Of(value, value, currency, Period(unitText), inferPeriod: unitText is null);
            default:
                return null;
        }
    }

    private static PayPeriod? Period(string? unitText) => Vocabulary.TryParsePeriod(unitText, out var period) ? period : null;
}
