using System.Text;
using System.Text.Json;
using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;

namespace RoleScope.Cli.Rendering;

/// <summary>
/// JSON of profiles and comparisons (<c>--json</c>): snake_case, every figure with its n, interval bounds as <c>low</c>/<c>high</c>,
/// and <c>value: null</c> where n is below min_n.
/// </summary>
internal static class ReportJson
{
    public static string Profile(FamilyProfile p, Provenance provenance) => Write(w =>
    {
        w.WriteStartObject();
        WriteProfileBody(w, p);
        WriteProvenance(w, provenance);
        w.WriteEndObject();
    });

    public static string Comparison(FamilyComparison c, Provenance provenance) => Write(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("a");
        w.WriteStartObject();
        WriteProfileBody(w, c.A);
        w.WriteEndObject();
        w.WritePropertyName("b");
        w.WriteStartObject();
        WriteProfileBody(w, c.B);
        w.WriteEndObject();
        Nullable(w, "volume_ratio", c.VolumeRatio);
        WriteEstimate(w, "salary_gap", c.SalaryGap, c.A.Salary.N + c.B.Salary.N);
        Nullable(w, "salary_gap_relative", c.SalaryGapRelative);
        WriteEstimate(w, "skill_overlap", c.SkillOverlap, c.A.Postings + c.B.Postings);
        w.WriteNumber("top_k", c.TopK);
        WritePairs(w, "shared_skills", c.Shared);
        WritePairs(w, "exclusive_a", c.ExclusiveToA);
        WritePairs(w, "exclusive_b", c.ExclusiveToB);
        WritePairs(w, "asymmetric_skills", c.Asymmetric);
        w.WriteStartArray("key_findings");
        foreach (var f in c.KeyFindings)
        {
            w.WriteStringValue(f);
        }
        w.WriteEndArray();
        WriteProvenance(w, provenance);
        w.WriteEndObject();
    });

    private static void WriteProfileBody(Utf8JsonWriter w, FamilyProfile p)
    {
        w.WriteString("family", p.Family.Name());
        w.WriteNumber("postings", p.Postings);
        w.WriteNumber("slice_postings", p.SlicePostings);
        Nullable(w, "coverage", p.SlicePostings == 0 ? null : (double)p.Postings / p.SlicePostings);
        w.WriteNumber("min_n", p.MinN);
        w.WritePropertyName("salary");
        WriteSalary(w, p.Salary, p.SalaryCountry, p.Postings);
        w.WritePropertyName("salary_by_band");
        w.WriteStartObject();
        foreach (var (band, figure) in p.SalaryByBand)
        {
            w.WritePropertyName(band.ToString().ToLowerInvariant());
            WriteSalary(w, figure, p.SalaryCountry, p.Postings);
        }
        w.WriteEndObject();
        WriteShare(w, "senior_staff_share", p.SeniorStaffShare, p.Postings);
        WriteShare(w, "entry_share", p.EntryShare, p.Postings);
        WriteShare(w, "seniority_unknown_share", p.SeniorityUnknown, p.Postings);
        w.WritePropertyName("seniority_mix");
        w.WriteStartObject();
        foreach (var (s, figure) in p.SeniorityMix)
        {
            WriteShare(w, s.Name(), figure, p.Postings);
        }
        w.WriteEndObject();
        WriteShare(w, "remote_share", p.WorkModeMix[WorkMode.Remote], p.Postings);
        w.WritePropertyName("work_mode_mix");
        w.WriteStartObject();
        foreach (var (mode, figure) in p.WorkModeMix)
        {
            WriteShare(w, mode.Name(), figure, p.Postings);
        }
        w.WriteEndObject();
        WriteShare(w, "work_mode_unknown_share", p.WorkModeUnknown, p.Postings);
        w.WriteStartArray("countries");
        foreach (var c in p.Countries)
        {
            w.WriteStartObject();
            w.WriteString("country", c.Country);
            WriteShareFields(w, c.Share, p.Postings);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("top_skills");
        foreach (var s in p.TopSkills)
        {
            w.WriteStartObject();
            w.WriteString("skill", s.Skill);
            w.WriteString("category", s.Category);
            WriteShareFields(w, s.Share, p.Postings);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WritePremiums(w, "skill_premiums", "skill", p.Premiums, p.Postings);
        WritePremiums(w, "category_premiums", "category", p.CategoryPremiums, p.Postings);
        w.WriteStartArray("trend");
        foreach (var m in p.Trend)
        {
            w.WriteStartObject();
            w.WriteString("month", m.Month);
            w.WriteNumber("postings", m.Postings);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("skill_trends");
        foreach (var t in p.SkillTrends)
        {
            w.WriteStartObject();
            w.WriteString("skill", t.Skill);
            w.WriteStartArray("months");
            foreach (var m in t.Months)
            {
                w.WriteStartObject();
                w.WriteString("month", m.Month);
                WriteShareFields(w, m.Share);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (p.Window is { } window)
        {
            w.WriteString("window_from", window.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("window_to", window.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void WritePremiums(Utf8JsonWriter w, string name, string key, IReadOnlyList<SkillPremium> premiums, int population)
    {
        w.WriteStartArray(name);
        foreach (var s in premiums)
        {
            w.WriteStartObject();
            w.WriteString(key, s.Skill);
            w.WriteNumber("n", s.N);
            Nullable(w, "coverage", population == 0 ? null : (double)s.N / population, 4);
            w.WriteNumber("median", Math.Round(s.Median.Value));
            w.WriteNumber("median_low", Math.Round(s.Median.Low));
            w.WriteNumber("median_high", Math.Round(s.Median.High));
            w.WriteNumber("premium", Math.Round(s.Absolute.Value));
            w.WriteNumber("premium_low", Math.Round(s.Absolute.Low));
            w.WriteNumber("premium_high", Math.Round(s.Absolute.High));
            w.WriteNumber("premium_relative", Math.Round(s.Relative, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSalary(Utf8JsonWriter w, SalaryFigure s, string country, int population)
    {
        w.WriteStartObject();
        w.WriteString("country", country);
        w.WriteString("currency", "USD");
        w.WriteNumber("n", s.N);
        Nullable(w, "coverage", population == 0 ? null : (double)s.N / population, 4);
        Nullable(w, "median", s.Median?.Value);
        Nullable(w, "low", s.Median?.Low);
        Nullable(w, "high", s.Median?.High);
        Nullable(w, "p10", s.P10);
        Nullable(w, "p25", s.P25);
        Nullable(w, "p75", s.P75);
        Nullable(w, "p90", s.P90);
        w.WriteEndObject();
    }

    private static void WriteShare(Utf8JsonWriter w, string name, ShareFigure s, int? population = null)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        WriteShareFields(w, s, population);
        w.WriteEndObject();
    }

    /// <summary>A share's fields; <paramref name="population"/> (the family's postings) gives its coverage, n / population.</summary>
    private static void WriteShareFields(Utf8JsonWriter w, ShareFigure s, int? population = null)
    {
        Nullable(w, "value", s.Estimate?.Value, 4);
        w.WriteNumber("count", s.Count);
        w.WriteNumber("n", s.N);
        if (population is { } total)
        {
            Nullable(w, "coverage", total == 0 ? null : (double)s.N / total, 4);
        }
        Nullable(w, "low", s.Estimate?.Low, 4);
        Nullable(w, "high", s.Estimate?.High, 4);
    }

    private static void WriteEstimate(Utf8JsonWriter w, string name, Estimate? e, int n)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        Nullable(w, "value", e?.Value, 4);
        Nullable(w, "low", e?.Low, 4);
        Nullable(w, "high", e?.High, 4);
        w.WriteNumber("n", n);
        w.WriteEndObject();
    }

    private static void WritePairs(Utf8JsonWriter w, string name, IReadOnlyList<SkillPair> pairs)
    {
        w.WriteStartArray(name);
        foreach (var p in pairs)
        {
            w.WriteStartObject();
            w.WriteString("skill", p.Skill);
            w.WritePropertyName("a");
            w.WriteStartObject();
            WriteShareFields(w, p.InA);
            w.WriteEndObject();
            w.WritePropertyName("b");
            w.WriteStartObject();
            WriteShareFields(w, p.InB);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteProvenance(Utf8JsonWriter w, Provenance p)
    {
        w.WritePropertyName("provenance");
        w.WriteStartObject();
        w.WriteString("database", p.Database);
        w.WriteString("slice", p.Slice);
        w.WriteString("exchange_rates_date", p.RatesDate);
        w.WriteString("extractor_version", p.ExtractorVersion);
        w.WriteString("intervals", p.Intervals);
        if (p.Notice is not null)
        {
            w.WriteString("notice", p.Notice);
        }
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value, int digits = 2)
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

/// <summary>Where a report's figures come from: database, slice, rate table date, extractor version, interval methods.</summary>
internal sealed record Provenance(string Database, string Slice, string RatesDate, string ExtractorVersion, string? Notice)
{
    public string Intervals { get; init; } = "95% intervals: Wilson (shares), binomial order statistics (medians), seeded bootstrap (salary gap and premiums by order-statistic draws of resampled medians; skill overlap by binomial redraws of skill counts)";

    public string Line(int resamples, int seed) =>
        $"Data: {Database}, {Slice}. Salaries annualised (hour x2080, day x260, week x52, month x12) and converted with exchange rates of {RatesDate}; extractor {ExtractorVersion}. {Intervals}; bootstrap {resamples:N0} resamples, seed {seed}.{(Notice is null ? "" : " " + Notice)}";
}
