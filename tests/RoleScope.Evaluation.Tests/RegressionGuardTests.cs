using RoleScope.Core.Extraction;
using RoleScope.Evaluation.Golden;
using RoleScope.Evaluation.NoFluffJobs;
using RoleScope.Evaluation.SkillSpan;

namespace RoleScope.Evaluation.Tests;

/// <summary>
/// Floors against regressions: each headline figure must stay at least the value measured when the evaluation was written,
/// minus <see cref="Slack"/>. They are not the bar of issue #3 (family and seniority >= 0.90, salary exact >= 0.97, ...):
/// raise a floor when extraction gets better, never lower one to make a change pass.
/// </summary>
public sealed class RegressionGuardTests
{
    private const double Slack = 0.02;

    // Measured on 2026-11-25 with extractor 0.3.1 (NoFluffJobs) and 0.2.0 (the rest), exchange rates of 2026-11-01, 242 golden cases;
    // NoFluffJobs and golden raised on 2026-12-05 with extractor 0.3.2; golden countries and family and NoFluffJobs family raised with 0.3.3;
    // NoFluffJobs seniority with 0.3.4; golden salary and work mode (246 cases) with 0.3.6; golden family and NoFluffJobs seniority
    // agreement with 0.3.9 (2026-12-06); NoFluffJobs family and seniority, SkillSpan precision with 0.3.10 (2026-12-07).
    private const double NoFluffFamilyAccuracy = 0.831;
    private const double NoFluffSeniorityAgreement = 0.874;
    private const double NoFluffSeniorityCoverage = 0.500;
    private const double NoFluffSeniorityBandAgreement = 0.921;
    private const double SkillSpanAllPrecision = 0.613;
    private const double SkillSpanAllRecall = 0.603;
    private const double SkillSpanTechnologyPrecision = 0.593;
    private const double SkillSpanTechnologyRecall = 0.896;
    private const double GoldenSalaryExact = 1.000;
    private const double GoldenSalaryInventedRate = 0.000;
    private const double GoldenWorkMode = 1.000;
    private const double GoldenSkillsPrecision = 0.997;
    private const double GoldenSkillsRecall = 0.990;
    private const double GoldenFamily = 0.976;
    private const double GoldenSeniority = 0.992;
    private const double GoldenRoles = 1.000;
    private const double GoldenCountries = 0.996;

    [Fact]
    public void NoFluffJobs_family_and_seniority_do_not_regress()
    {
        var report = NoFluffJobsEvaluation.Run(RepositoryFolders.NoFluffJobsCsv, ExtractionPipeline.Default.Extract, CategoryMap.Default);
        AtLeast(NoFluffFamilyAccuracy, report.Score(NoFluffJobsEvaluation.FamilyField).Accuracy, "family accuracy");
        AtLeast(NoFluffSeniorityAgreement, report.Score(NoFluffJobsEvaluation.SeniorityField).Accuracy, "seniority agreement");
        AtLeast(NoFluffSeniorityCoverage, report.Score(NoFluffJobsEvaluation.SeniorityField).Coverage, "seniority coverage");
        AtLeast(NoFluffSeniorityBandAgreement, report.Score(NoFluffJobsEvaluation.SeniorityBandField).Accuracy, "seniority band agreement");
    }

    [Fact]
    public void SkillSpan_technology_names_do_not_regress()
    {
        var report = SkillSpanEvaluation.Run(RepositoryFolders.SkillSpanDev, ExtractionPipeline.Default.Knowledge.Skills);
        var all = report.Score(SkillSpanEvaluation.AllSpansField);
        var tech = report.Score(SkillSpanEvaluation.TechnologySpansField);
        AtLeast(SkillSpanAllPrecision, all.Precision, "precision, all spans");
        AtLeast(SkillSpanAllRecall, all.Recall, "recall, all spans");
        AtLeast(SkillSpanTechnologyPrecision, tech.Precision, "precision, technology spans");
        AtLeast(SkillSpanTechnologyRecall, tech.Recall, "recall, technology spans");
    }

    [Fact]
    public void Golden_fields_do_not_regress()
    {
        var report = GoldenEvaluation.Run(RepositoryFolders.Golden, ExtractionPipeline.Default.Extract);
        AtLeast(GoldenSalaryExact, report.Score(GoldenEvaluation.SalaryField).Accuracy, "salary exact");
        var invented = report.Score(GoldenEvaluation.SalaryInventedField).Rate;
        Assert.True(invented <= GoldenSalaryInventedRate + Slack, $"salary invented rate {invented:0.000} is above its ceiling {GoldenSalaryInventedRate + Slack:0.000}");
        AtLeast(GoldenWorkMode, report.Score(GoldenEvaluation.WorkModeField).Accuracy, "work mode");
        AtLeast(GoldenSkillsPrecision, report.Score(GoldenEvaluation.SkillsField).Precision, "skills precision");
        AtLeast(GoldenSkillsRecall, report.Score(GoldenEvaluation.SkillsField).Recall, "skills recall");
        AtLeast(GoldenFamily, report.Score(GoldenEvaluation.FamilyField).Accuracy, "family");
        AtLeast(GoldenSeniority, report.Score(GoldenEvaluation.SeniorityField).Accuracy, "seniority");
        AtLeast(GoldenRoles, report.Score(GoldenEvaluation.RolesField).Accuracy, "roles count");
        AtLeast(GoldenCountries, report.Score(GoldenEvaluation.CountriesField).Accuracy, "countries");
    }

    private static void AtLeast(double measured, double? actual, string what)
    {
        Assert.NotNull(actual);
        Assert.True(actual >= measured - Slack, $"{what} fell to {actual:0.000}, below its floor {measured - Slack:0.000} (measured {measured:0.000})");
    }
}
