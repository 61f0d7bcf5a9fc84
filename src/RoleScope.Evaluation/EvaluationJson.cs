using System.Text;
using System.Text.Json;

namespace RoleScope.Evaluation;

/// <summary>Writes a <see cref="SuiteResult"/> as one JSON object with snake_case names; figures not applicable are null.</summary>
public static class EvaluationJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(SuiteResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("extractor_version", result.ExtractorVersion);
            w.WriteString("exchange_rates_date", result.RatesDate);
            w.WriteStartArray("reports");
            foreach (var report in result.Reports)
            {
                Write(w, report);
            }
            w.WriteEndArray();
            w.WriteStartArray("skipped");
            foreach (var s in result.Skipped)
            {
                w.WriteStringValue(s);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter w, EvaluationReport report)
    {
        w.WriteStartObject();
        w.WriteString("dataset", report.Dataset);
        w.WriteStartArray("scores");
        foreach (var s in report.Scores)
        {
            w.WriteStartObject();
            w.WriteString("field", s.Field);
            w.WriteNumber("n", s.N);
            Figure(w, "precision", s.Precision);
            Figure(w, "recall", s.Recall);
            Figure(w, "accuracy", s.Accuracy);
            Figure(w, "coverage", s.Coverage);
            Figure(w, "rate", s.Rate);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var note in report.Notes)
        {
            w.WriteStringValue(note);
        }
        w.WriteEndArray();
        w.WriteStartArray("confusions");
        foreach (var c in report.Confusions)
        {
            w.WriteStartObject();
            w.WriteString("field", c.Field);
            w.WriteString("expected", c.Expected);
            w.WriteString("actual", c.Actual);
            w.WriteNumber("count", c.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("mismatches");
        foreach (var m in report.Mismatches)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("field", m.Field);
            w.WriteString("expected", m.Expected);
            w.WriteString("actual", m.Actual);
            w.WriteString("snippet", m.Snippet);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
