using RoleScope.Core.Domain;
using RoleScope.Evaluation.Golden;

namespace RoleScope.Evaluation.Tests;

public sealed class GoldenEvaluationTests
{
    [Fact]
    public void Every_field_is_scored_from_hand_made_cases()
    {
        var usd = new SalaryRange(100_000, 120_000, "USD", PayPeriod.Year, 100_000, 120_000);
        var eur = new SalaryRange(50, 60, "EUR", PayPeriod.Hour, 120_640, 144_768);
        var cases = new[]
        {
            Case("a", company: null, Record("a", "Acme (YC S24)", WorkMode.Remote, ["US"], [usd, eur], ["Go", "SQL"], Role(RoleFamily.Backend, Seniority.Senior))),
            Case("b", company: "Given", Record("b", "Given", WorkMode.Hybrid, [], [], ["React"], Role(RoleFamily.Frontend, Seniority.Unknown))),
            Case("c", company: null, Record("c", "Brightside", WorkMode.Onsite, ["DE"], [], [], Role(RoleFamily.Data, Seniority.Mid), Role(RoleFamily.Ml, Seniority.Mid))),
        };
        var actual = new Dictionary<string, ExtractedPosting>
        {
            // Right salaries but a wrong annual figure on the second; one extra skill; right company without the parenthesis.
            ["a"] = Record("a", "ACME", WorkMode.Remote, ["US"], [usd, eur with { AnnualMaxUsd = 1 }], ["Go", "Python", "SQL"], Role(RoleFamily.Backend, Seniority.Senior)),
            // A salary invented; work mode wrong; a skill missed.
            ["b"] = Record("b", "Given", WorkMode.Remote, [], [usd], [], Role(RoleFamily.Frontend, Seniority.Unknown)),
            // One role instead of two; countries wrong; company wrong.
            ["c"] = Record("c", "Other Co", WorkMode.Onsite, ["AT", "DE"], [], [], Role(RoleFamily.Data, Seniority.Mid)),
        };

        var report = GoldenEvaluation.Evaluate(cases, p => actual[p.Id]);

        Assert.Equal((2, 1.0, 2.0 / 3), (report.Score(GoldenEvaluation.SalaryField).N, report.Score(GoldenEvaluation.SalaryField).Accuracy!.Value, report.Score(GoldenEvaluation.SalaryField).Precision!.Value));
        Assert.Equal(0.5, report.Score(GoldenEvaluation.SalaryAnnualField).Accuracy);
        Assert.Equal((2, 0.5), (report.Score(GoldenEvaluation.SalaryInventedField).N, report.Score(GoldenEvaluation.SalaryInventedField).Rate!.Value));
        Assert.Equal(2.0 / 3, report.Score(GoldenEvaluation.WorkModeField).Accuracy!.Value, 9);
        var skills = report.Score(GoldenEvaluation.SkillsField);
        Assert.Equal((3, 2.0 / 3, 2.0 / 3), (skills.N, skills.Precision!.Value, skills.Recall!.Value));
        Assert.Equal(1.0, report.Score(GoldenEvaluation.FamilyField).Accuracy);
        Assert.Equal(1.0, report.Score(GoldenEvaluation.SeniorityField).Accuracy);
        Assert.Equal(2.0 / 3, report.Score(GoldenEvaluation.RolesField).Accuracy!.Value, 9);
        Assert.Equal(2.0 / 3, report.Score(GoldenEvaluation.CountriesField).Accuracy!.Value, 9);
        var company = report.Score(GoldenEvaluation.CompanyField);
        Assert.Equal((2, 0.5), (company.N, company.Accuracy!.Value));

        Assert.Contains(report.Mismatches, m => m is { Id: "b", Field: GoldenEvaluation.SkillsField, Expected: "missing: React", Actual: "extra: " });
        Assert.Contains(report.Mismatches, m => m is { Id: "a", Field: GoldenEvaluation.SkillsField, Actual: "extra: Python" });
        Assert.Contains(report.Mismatches, m => m is { Id: "c", Field: GoldenEvaluation.CountriesField, Expected: "[DE]", Actual: "[AT, DE]" });
        Assert.DoesNotContain(report.Mismatches, m => m.Id == "a" && m.Field == GoldenEvaluation.SalaryField);
    }

    private static GoldenCase Case(string id, string? company, ExtractedPosting expected) =>
        new(new RawPosting { Id = id, Company = company, Description = "Some posting text\nwith a second line" }, expected);

    private static ExtractedRole Role(RoleFamily family, Seniority seniority) => new("t", family, seniority);

    private static ExtractedPosting Record(string id, string? company, WorkMode mode, string[] countries, SalaryRange[] salaries, string[] skills, params ExtractedRole[] roles) => new()
    {
        Id = id,
        Company = company,
        Roles = roles,
        WorkMode = mode,
        Countries = countries,
        Salaries = salaries,
        Skills = skills,
        Evidence = [],
    };
}
