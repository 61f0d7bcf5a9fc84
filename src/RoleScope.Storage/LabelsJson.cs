using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RoleScope.Storage;

/// <summary>Writes a source's structured labels as one JSON object for the <c>postings.labels</c> column.</summary>
internal static class LabelsJson
{
    // Readable non-ASCII (city names, currencies) in the column; the value never reaches HTML unescaped from here.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Keys in ordinal order, so that the same labels always give the same text.</summary>
    internal static string? Serialize(IReadOnlyDictionary<string, string>? labels)
    {
        if (labels is null)
        {
            return null;
        }
        var keys = new string[labels.Count];
        var i = 0;
        foreach (var key in labels.Keys)
        {
            keys[i++] = key;
        }
        Array.Sort(keys, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var key in keys)
            {
                writer.WriteString(key, labels[key]);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
