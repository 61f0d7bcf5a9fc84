using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RoleScope.Core.Domain;

namespace RoleScope.Fetch.Output;

/// <summary>
/// Writes a posting as one line of the canonical input JSON (extraction.md), which <c>rolescope ingest</c> reads whole:
/// the known fields, the structured <c>salary</c>, and each label as an extra string field (read back as a label).
/// </summary>
public static class CanonicalPostingWriter
{
    // Relaxed escaping keeps €, £ and HTML readable; the file is data, never embedded in a page.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Field names a label must not take: the canonical fields, and those that would make the line look like an HN item.</summary>
    private static readonly FrozenSet<string> Reserved = FrozenSet.ToFrozenSet(
        ["id", "source", "url", "title", "company", "location", "description", "posted_at", "salary", "hn_id", "type", "kids", "parent", "text"],
        StringComparer.Ordinal);

    public static string Line(RawPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", posting.Id);
            json.WriteString("source", posting.Source);
            Optional(json, "url", posting.Url);
            Optional(json, "title", posting.Title);
            Optional(json, "company", posting.Company);
            Optional(json, "location", posting.Location);
            // Always present: a line with "description" is a canonical posting to the format detector, whatever labels follow.
            json.WriteString("description", posting.Description);
            Optional(json, "posted_at", posting.PostedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (posting.Salary is { } salary)
            {
                json.WriteStartObject("salary");
                if (salary.Min is { } min)
                {
                    json.WriteNumber("min", min);
                }
                if (salary.Max is { } max)
                {
                    json.WriteNumber("max", max);
                }
                Optional(json, "currency", salary.Currency);
                Optional(json, "period", salary.Period?.Name());
                json.WriteEndObject();
            }
            if (posting.Labels is { } labels)
            {
                foreach (var (key, value) in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
                {
                    if (!Reserved.Contains(key) && !string.IsNullOrEmpty(value))
                    {
                        json.WriteString(key, value);
                    }
                }
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
