using System.Globalization;
using System.Text.Json;

namespace RoleScope.Sources.Json;

/// <summary>Reads typed fields of a JSON record; a field of the wrong type throws <see cref="InvalidRecordException"/> naming it.</summary>
internal static class JsonFields
{
    /// <summary>A string field, trimmed; absent, null or blank gives null.</summary>
    public static string? OptionalString(JsonElement obj, string name, string? path = null)
    {
        var raw = RawString(obj, name, path);
        return string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
    }

    /// <summary>A string field exactly as given (descriptions keep their layout); absent or null gives null.</summary>
    public static string? RawString(JsonElement obj, string name, string? path = null)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InvalidRecordException($"{path ?? name} is not a string");
    }

    /// <summary>An identifier given as a string or a number; absent, null or blank throws "missing id".</summary>
    public static string RequiredId(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidRecordException("missing id");
        }
        var id = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()?.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new InvalidRecordException($"{name} is not a string or number"),
        };
        return string.IsNullOrEmpty(id) ? throw new InvalidRecordException("missing id") : id;
    }

    /// <summary>A positive whole number given as a number or a string of digits (HN item ids arrive both ways).</summary>
    public static long RequiredItemId(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidRecordException("missing id");
        }
        var ok = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out var n) ? n : -1,
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1,
            _ => -1,
        };
        return ok > 0 ? ok : throw new InvalidRecordException($"{name} is not an item id (a positive whole number)");
    }

    public static decimal? OptionalDecimal(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : throw new InvalidRecordException($"{path} is not a number");
    }

    public static bool IsTrue(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
