using System.Buffers;
using System.Text;
using System.Text.Json;

namespace RoleScope.Core.Domain;

/// <summary>
/// Reads and writes <see cref="ExtractedPosting"/> in the exact shape of extraction.md ("Output record"):
/// snake_case names, vocabulary values in lower case, null annualised figures when the currency is unknown.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One buffer and writer a thread, reused: ingest serialises every posting on every core, and a fresh stream and writer
    // each time were a sixth of what a posting allocated there.
    private const int KeptBufferBytes = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? threadWriter;

    public static string Serialize(ExtractedPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = threadWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        try
        {
            Write(writer, posting);
            writer.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity > KeptBufferBytes)
            {
                // A rare huge record does not pin its buffer to the thread for good.
                threadBuffer = null;
                threadWriter = null;
            }
            else
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
            }
        }
    }

    public static void Write(Utf8JsonWriter writer, ExtractedPosting p)
    {
        writer.WriteStartObject();
        writer.WriteString("id", p.Id);
        WriteNullable(writer, "title", p.Title);
        WriteNullable(writer, "company", p.Company);
        writer.WriteStartArray("roles");
        foreach (var role in p.Roles)
        {
            writer.WriteStartObject();
            writer.WriteString("title", role.Title);
            writer.WriteString("family", role.Family.Name());
            writer.WriteString("seniority", role.Seniority.Name());
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("family", p.Family.Name());
        writer.WriteString("seniority", p.Seniority.Name());
        writer.WriteString("work_mode", p.WorkMode.Name());
        writer.WriteStartArray("countries");
        foreach (var c in p.Countries)
        {
            writer.WriteStringValue(c);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("salaries");
        foreach (var s in p.Salaries)
        {
            writer.WriteStartObject();
            writer.WriteNumber("min", s.Min);
            writer.WriteNumber("max", s.Max);
            writer.WriteString("currency", s.Currency);
            writer.WriteString("period", s.Period.Name());
            WriteNullable(writer, "annual_min_usd", s.AnnualMinUsd);
            WriteNullable(writer, "annual_max_usd", s.AnnualMaxUsd);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("skills");
        foreach (var skill in p.Skills)
        {
            writer.WriteStringValue(skill);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("evidence");
        foreach (var e in p.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("field", e.Field);
            writer.WriteString("value", e.Value);
            writer.WriteNumber("start", e.Start);
            writer.WriteNumber("end", e.End);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Parses one output record. Throws <see cref="FormatException"/> naming the bad field.</summary>
    public static ExtractedPosting Deserialize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var roles = new List<ExtractedRole>();
        foreach (var r in root.GetProperty("roles").EnumerateArray())
        {
            roles.Add(new ExtractedRole(
                r.GetProperty("title").GetString() ?? "",
                Vocabulary.TryParseFamily(r.GetProperty("family").GetString(), out var f) ? f : throw new FormatException("bad role family"),
                Vocabulary.TryParseSeniority(r.GetProperty("seniority").GetString(), out var s) ? s : throw new FormatException("bad role seniority")));
        }
        var salaries = new List<SalaryRange>();
        foreach (var s in root.GetProperty("salaries").EnumerateArray())
        {
            salaries.Add(new SalaryRange(
                s.GetProperty("min").GetDecimal(),
                s.GetProperty("max").GetDecimal(),
                s.GetProperty("currency").GetString() ?? throw new FormatException("salary without currency"),
                Vocabulary.TryParsePeriod(s.GetProperty("period").GetString(), out var period) ? period : throw new FormatException("bad salary period"),
                NullableDecimal(s, "annual_min_usd"),
                NullableDecimal(s, "annual_max_usd")));
        }
        var evidence = new List<Evidence>();
        foreach (var e in root.GetProperty("evidence").EnumerateArray())
        {
            evidence.Add(new Evidence(
                e.GetProperty("field").GetString() ?? "",
                e.GetProperty("value").GetString() ?? "",
                e.GetProperty("start").GetInt32(),
                e.GetProperty("end").GetInt32()));
        }
        return new ExtractedPosting
        {
            Id = root.GetProperty("id").GetString() ?? throw new FormatException("record without id"),
            Title = OptionalString(root, "title"),
            Company = OptionalString(root, "company"),
            Roles = roles,
            WorkMode = Vocabulary.TryParseWorkMode(root.GetProperty("work_mode").GetString(), out var mode) ? mode : throw new FormatException("bad work_mode"),
            Countries = [.. root.GetProperty("countries").EnumerateArray().Select(c => c.GetString() ?? "")],
            Salaries = salaries,
            Skills = [.. root.GetProperty("skills").EnumerateArray().Select(c => c.GetString() ?? "")],
            Evidence = evidence,
        };
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? NullableDecimal(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, decimal.Round(v, 2));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
