using System.Globalization;
using System.Text;
using System.Text.Json;
using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Planning;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Cli.Rendering;

/// <summary>JSON of salary benchmarks and transition plans (<c>--json</c>), in the style of <see cref="ReportJson"/>.</summary>
internal static class PlanningJson
{
    public static string Benchmark(SalaryBenchmark b) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("family", b.Request.Family.Name());
        w.WriteString("band", b.Request.Band?.ToString().ToLowerInvariant());
        w.WriteString("country", b.Request.Country);
        w.WriteStartArray("skills");
        foreach (var s in b.Request.Skills)
        {
            w.WriteStringValue(s);
        }
        w.WriteEndArray();
        Number(w, "offer", b.Request.Offer);
        w.WriteNumber("postings", b.Postings);
        w.WriteNumber("n", b.Salary.N);
        Number(w, "coverage", b.Coverage, 4);
        w.WriteNumber("min_n", b.MinN);
        w.WriteString("currency", "USD");
        Number(w, "p10", b.Salary.P10);
        Number(w, "p25", b.Salary.P25);
        Number(w, "p50", b.Salary.Median?.Value);
        Number(w, "p50_low", b.Salary.Median?.Low);
        Number(w, "p50_high", b.Salary.Median?.High);
        Number(w, "p75", b.Salary.P75);
        Number(w, "p90", b.Salary.P90);
        Number(w, "offer_percentile_rank", b.OfferRank?.Value, 4);
        Number(w, "offer_percentile_rank_low", b.OfferRank?.Low, 4);
        Number(w, "offer_percentile_rank_high", b.OfferRank?.High, 4);
        Number(w, "ask", b.Ask);
        w.WriteString("window_from", b.Window?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("window_to", b.Window?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("email", b.Email);
        w.WriteEndObject();
    });

    public static string Plan(TransitionPlan p) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("from", p.Request.From?.Name());
        w.WriteString("to", p.Request.To.Name());
        w.WriteStartArray("held");
        foreach (var s in p.Held)
        {
            w.WriteStringValue(s);
        }
        w.WriteEndArray();
        w.WriteNumber("target_postings", p.TargetPostings);
        w.WriteNumber("top_k", p.TopK);
        Number(w, "fit", p.Fit?.Value, 4);
        Number(w, "fit_low", p.Fit?.Low, 4);
        Number(w, "fit_high", p.Fit?.High, 4);
        Skills(w, "transferable", p.Transferable);
        Skills(w, "missing_by_frequency", p.MissingByFrequency);
        Skills(w, "missing_by_premium", p.MissingByPremium);
        if (p.Choice is { } c)
        {
            w.WritePropertyName("which_should_you_choose");
            w.WriteStartObject();
            w.WriteString("source", c.Source);
            w.WriteString("date", c.Date);
            Lines(w, "choose_" + c.A.Name(), c.ForA, c.A, c.B);
            Lines(w, "choose_" + c.B.Name(), c.ForB, c.A, c.B);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    });

    private static void Lines(Utf8JsonWriter w, string name, IReadOnlyList<ChoiceLine> lines, RoleFamily a, RoleFamily b)
    {
        w.WriteStartArray(name);
        foreach (var l in lines)
        {
            w.WriteStartObject();
            w.WriteString("reason", l.Text);
            w.WriteString("figure", l.Figure);
            w.WriteString("seed_claim", l.Claim);
            w.WriteString(a.Name(), l.InA);
            w.WriteString(b.Name(), l.InB);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Skills(Utf8JsonWriter w, string name, IReadOnlyList<PlanSkill> skills)
    {
        w.WriteStartArray(name);
        foreach (var s in skills)
        {
            w.WriteStartObject();
            w.WriteString("skill", s.Skill);
            w.WriteString("category", s.Category);
            Share(w, "in_target", s.InTarget);
            if (s.InSource is { } source)
            {
                Share(w, "in_source", source);
            }
            if (s.Premium is { } premium)
            {
                w.WritePropertyName("premium");
                w.WriteStartObject();
                w.WriteNumber("n", premium.N);
                w.WriteNumber("median", Math.Round(premium.Median.Value));
                w.WriteNumber("value", Math.Round(premium.Absolute.Value));
                w.WriteNumber("low", Math.Round(premium.Absolute.Low));
                w.WriteNumber("high", Math.Round(premium.Absolute.High));
                w.WriteNumber("relative", Math.Round(premium.Relative, 4));
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Share(Utf8JsonWriter w, string name, ShareFigure s)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        Number(w, "value", s.Estimate?.Value, 4);
        w.WriteNumber("count", s.Count);
        w.WriteNumber("n", s.N);
        Number(w, "low", s.Estimate?.Low, 4);
        Number(w, "high", s.Estimate?.High, 4);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value, int digits = 2)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, Math.Round(v, digits));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
