using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>Writes postings as the canonical input JSON of extraction.md, one object per line.</summary>
internal static class CanonicalJsonl
{
    // Relaxed escaping keeps €, £ and HTML readable in the file; the output is data, never embedded in a page.
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<RawPosting> postings, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(writer);
        var bytes = new ArrayBufferWriter<byte>(16 * 1024);
        using var json = new Utf8JsonWriter(bytes, Options);
        var chars = ArrayPool<char>.Shared.Rent(16 * 1024);
        try
        {
            foreach (var posting in postings)
            {
                bytes.ResetWrittenCount();
                json.Reset(bytes);
                WriteOne(json, posting);
                json.Flush();
                var utf8 = bytes.WrittenSpan;
                if (chars.Length < utf8.Length)
                {
                    // UTF-8 never decodes to more chars than it has bytes.
                    ArrayPool<char>.Shared.Return(chars);
                    chars = ArrayPool<char>.Shared.Rent(utf8.Length);
                }
                var count = Encoding.UTF8.GetChars(utf8, chars);
                writer.Write(chars, 0, count);
                writer.Write('\n');
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static void WriteOne(Utf8JsonWriter json, RawPosting p)
    {
        json.WriteStartObject();
        json.WriteString("id", p.Id);
        json.WriteString("source", p.Source);
        WriteNullable(json, "url", p.Url);
        WriteNullable(json, "title", p.Title);
        WriteNullable(json, "company", p.Company);
        WriteNullable(json, "location", p.Location);
        json.WriteString("description", p.Description);
        WriteNullable(json, "posted_at", p.PostedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (p.Salary is { } salary)
        {
            // Synthetic postings state pay only in their text; other sources may carry a structured salary.
            json.WriteStartObject("salary");
            WriteNullable(json, "min", salary.Min);
            WriteNullable(json, "max", salary.Max);
            WriteNullable(json, "currency", salary.Currency);
            WriteNullable(json, "period", salary.Period?.Name());
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
