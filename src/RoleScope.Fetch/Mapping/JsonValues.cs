using System.Globalization;
using System.Text.Json;

namespace RoleScope.Fetch.Mapping;

/// <summary>
/// Reads fields of a source's JSON leniently where a field is optional (a wrong type reads as absent) and strictly where
/// the posting cannot exist without it (<see cref="RequiredId"/> throws <see cref="MalformedItemException"/>).
/// </summary>
internal static class JsonValues
{
    public static JsonElement? Property(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>A non-blank string, trimmed; anything else is null.</summary>
    public static string? String(JsonElement obj, string name) =>
        Property(obj, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    /// <summary>A string as given (HTML keeps its layout); anything else is null.</summary>
    public static string? RawString(JsonElement obj, string name) =>
        Property(obj, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>A number, or a string holding one (JSON-LD writes "120000" as often as 120000).</summary>
    public static decimal? Decimal(JsonElement obj, string name) => Property(obj, name) is { } value ? Decimal(value) : null;

    public static decimal? Decimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
        JsonValueKind.String when decimal.TryParse(value.GetString()?.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static long? Long(JsonElement obj, string name) =>
        Property(obj, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var n) ? n : null;

    public static bool IsTrue(JsonElement obj, string name) => Property(obj, name) is { ValueKind: JsonValueKind.True };

    /// <summary>An id given as a string or a whole number; missing or of another type throws.</summary>
    public static string RequiredId(JsonElement obj, string name)
    {
        var id = Property(obj, name) switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString()?.Trim(),
            { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return string.IsNullOrEmpty(id) ? throw new MalformedItemException($"no '{name}' (a string or whole number)") : id;
    }

    /// <summary>The elements of an array field; a missing field is empty, a field of another type throws.</summary>
    public static JsonElement.ArrayEnumerator RequiredArray(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedItemException($"expected a JSON object holding '{name}', got {obj.ValueKind}");
        }
        return Property(obj, name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray()
            : throw new MalformedItemException($"'{name}' is missing or not an array");
    }

    /// <summary>The strings of a field that is a string or an array of strings ("employmentType": "FULL_TIME" or [...]).</summary>
    public static IEnumerable<string> Strings(JsonElement obj, string name)
    {
        switch (Property(obj, name))
        {
            case { ValueKind: JsonValueKind.String } s when !string.IsNullOrWhiteSpace(s.GetString()):
                yield return s.GetString()!.Trim();
                break;
            case { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                    {
                        yield return item.GetString()!.Trim();
                    }
                }
                break;
        }
    }

    /// <summary>A field that is one object or an array of objects, as a sequence of objects.</summary>
    public static IEnumerable<JsonElement> Objects(JsonElement obj, string name)
    {
        switch (Property(obj, name))
        {
            case { ValueKind: JsonValueKind.Object } one:
                yield return one;
                break;
            case { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        yield return item;
                    }
                }
                break;
        }
    }

    /// <summary>A date from an ISO date or date-time string (the date as written, not shifted to UTC).</summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            return DateOnly.FromDateTime(stamp.DateTime);
        }
        return DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date) ? date : null;
    }

    /// <summary>A date from Unix seconds (HN) or milliseconds (Lever), in UTC.</summary>
    public static DateOnly? FromUnix(long? value, bool milliseconds)
    {
        if (value is not { } v || v <= 0)
        {
            return null;
        }
        try
        {
            var stamp = milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(v) : DateTimeOffset.FromUnixTimeSeconds(v);
            return DateOnly.FromDateTime(stamp.UtcDateTime);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
