using System.Text.Json;
using RoleScope.Core.Domain;

namespace RoleScope.Evaluation.Golden;

/// <summary>
/// Reads an expected record (extraction.md, "Output record") strictly: every vocabulary value exactly as the contract writes it,
/// top-level family and seniority equal to the first role's, countries as two capitals, currencies as three. Evidence is optional.
/// </summary>
public static class ExpectedRecordReader
{
    public static ExtractedPosting Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()!
            : throw new FormatException("expected record without a string id");
        try
        {
            var roles = Array(root, "roles").Select(r => new ExtractedRole(
                Text(r, "title") ?? throw new FormatException("role without title"),
                StrictVocabulary.TryFamily(Text(r, "family"), out var f) ? f : throw Bad("role family", Text(r, "family")),
                StrictVocabulary.TrySeniority(Text(r, "seniority"), out var s) ? s : throw Bad("role seniority", Text(r, "seniority")))).ToList();
            var record = new ExtractedPosting
            {
                Id = id,
                Title = Text(root, "title"),
                Company = Text(root, "company"),
                Roles = roles,
                WorkMode = StrictVocabulary.TryWorkMode(Text(root, "work_mode"), out var mode) ? mode : throw Bad("work_mode", Text(root, "work_mode")),
                Countries = [.. Array(root, "countries").Select(Country)],
                Salaries = [.. Array(root, "salaries").Select(Salary)],
                Skills = [.. Array(root, "skills").Select(e => e.GetString() ?? throw new FormatException("skill is not a string"))],
                Evidence = [],
            };
            if (Text(root, "family") != record.Family.Name() || Text(root, "seniority") != record.Seniority.Name())
            {
                throw new FormatException("top-level family and seniority must be those of the first role (other/unknown without roles)");
            }
            return record;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"expected record {id}: {e.Message}", e);
        }
    }

    private static SalaryRange Salary(JsonElement s) => new(
        s.GetProperty("min").GetDecimal(),
        s.GetProperty("max").GetDecimal(),
        Text(s, "currency") is { Length: 3 } c && c.All(char.IsAsciiLetterUpper) ? c : throw Bad("currency", Text(s, "currency")),
        StrictVocabulary.TryPeriod(Text(s, "period"), out var p) ? p : throw Bad("period", Text(s, "period")),
        Number(s, "annual_min_usd"),
        Number(s, "annual_max_usd"));

    private static string Country(JsonElement e) =>
        e.GetString() is { Length: 2 } c && c.All(char.IsAsciiLetterUpper) ? c : throw Bad("country", e.ToString());

    private static JsonElement.ArrayEnumerator Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : throw new FormatException($"'{name}' is not a list");

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    private static FormatException Bad(string field, string? value) => new($"'{value}' is not a {field} of extraction.md");
}
