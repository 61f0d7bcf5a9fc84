using System.Globalization;
using System.Text.Json;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;
using RoleScope.Evaluation.Golden;

namespace RoleScope.Evaluation.Tests;

/// <summary>The hand-written golden file itself: it must parse and speak only the contract's vocabulary.</summary>
public sealed class GoldenFileTests
{
    private static readonly List<GoldenCase> Cases = GoldenFile.Load(RepositoryFolders.Golden);

    [Fact]
    public void The_golden_file_has_at_least_160_cases_with_ids_in_sequence()
    {
        Assert.True(Cases.Count >= 160, $"only {Cases.Count} golden cases");
        for (var i = 0; i < Cases.Count; i++)
        {
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"g-{i + 1:000}"), Cases[i].Input.Id);
            Assert.Equal(Cases[i].Input.Id, Cases[i].Expected.Id);
        }
    }

    [Fact]
    public void Every_expected_skill_is_a_canonical_name_of_the_taxonomy()
    {
        var taxonomy = KnowledgeBase.Default.Skills;
        foreach (var c in Cases)
        {
            foreach (var skill in c.Expected.Skills)
            {
                Assert.True(taxonomy.ByName.TryGetValue(skill, out var entry) && entry.Name == skill, $"{c.Input.Id}: '{skill}' is not a canonical skill name");
            }
            Assert.Equal(c.Expected.Skills.Order(StringComparer.Ordinal), c.Expected.Skills);
            Assert.Equal(c.Expected.Skills.Distinct(StringComparer.Ordinal).Count(), c.Expected.Skills.Count);
        }
    }

    [Fact]
    public void Countries_are_sorted_distinct_and_salaries_are_well_formed()
    {
        foreach (var c in Cases)
        {
            Assert.Equal(c.Expected.Countries.Order(StringComparer.Ordinal).Distinct(), c.Expected.Countries);
            Assert.NotEmpty(c.Expected.Roles);
            foreach (var s in c.Expected.Salaries)
            {
                Assert.True(s.Min > 0 && s.Min <= s.Max, $"{c.Input.Id}: salary {s.Min}-{s.Max}");
            }
        }
    }

    [Fact]
    public void Expected_annual_figures_follow_metrics_md_and_the_rate_table()
    {
        var rates = KnowledgeBase.Default.Rates;
        foreach (var c in Cases)
        {
            foreach (var s in c.Expected.Salaries)
            {
                Assert.Equal(Annual(s.Min, s.Period, s.Currency, rates), s.AnnualMinUsd);
                Assert.Equal(Annual(s.Max, s.Period, s.Currency, rates), s.AnnualMaxUsd);
            }
        }
    }

    [Theory]
    [InlineData("\"family\": \"backend\"", "\"family\": \"sre\"")]
    [InlineData("\"work_mode\": \"remote\"", "\"work_mode\": \"Remote\"")]
    [InlineData("\"period\": \"year\"", "\"period\": \"annual\"")]
    [InlineData("\"countries\": [\"US\"]", "\"countries\": [\"USA\"]")]
    public void A_record_outside_the_vocabulary_is_refused(string good, string bad)
    {
        const string Record = """{"id": "x", "title": "t", "company": null, "roles": [{"title": "t", "family": "backend", "seniority": "senior"}], "family": "backend", "seniority": "senior", "work_mode": "remote", "countries": ["US"], "salaries": [{"min": 1, "max": 2, "currency": "USD", "period": "year"}], "skills": []}""";
        Assert.Equal("x", ExpectedRecordReader.Parse(Record).Id);
        Assert.Throws<FormatException>(() => ExpectedRecordReader.Parse(Record.Replace(good, bad, StringComparison.Ordinal)));
    }

    [Fact]
    public void Top_level_family_must_be_the_first_roles()
    {
        const string Record = """{"id": "x", "roles": [{"title": "t", "family": "qa", "seniority": "unknown"}], "family": "backend", "seniority": "unknown", "work_mode": "unknown", "countries": [], "salaries": [], "skills": []}""";
        Assert.Throws<FormatException>(() => ExpectedRecordReader.Parse(Record));
    }

    [Fact]
    public void Every_expected_line_is_the_output_shape_of_extraction_md()
    {
        string[] fields = ["id", "title", "company", "roles", "family", "seniority", "work_mode", "countries", "salaries", "skills"];
        foreach (var line in File.ReadLines(Path.Combine(RepositoryFolders.Golden, GoldenFile.ExpectedFile)))
        {
            using var doc = JsonDocument.Parse(line);
            Assert.All(fields, f => Assert.True(doc.RootElement.TryGetProperty(f, out _), $"{line[..20]}: no '{f}'"));
        }
    }

    private static decimal? Annual(decimal amount, PayPeriod period, string currency, ExchangeRates rates)
    {
        decimal hours = period switch
        {
            PayPeriod.Hour => 2080,
            PayPeriod.Day => 260,
            PayPeriod.Week => 52,
            PayPeriod.Month => 12,
            _ => 1,
        };
        return rates.ToUsd(amount * hours, currency) is { } usd ? decimal.Round(usd, 2, MidpointRounding.AwayFromZero) : null;
    }
}
