using System.Text.Json;
using RoleScope.Cli;
using RoleScope.Core.Domain;
using RoleScope.Evaluation.Stated;

namespace RoleScope.Fetch.Tests;

/// <summary><c>rolescope eval --stated FILE</c>: where a source's structured salary and work mode disagree with the text.</summary>
public sealed class StatedEvaluationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData(150000, 180000, "USD", SalaryVerdict.Agrees)]
    [InlineData(149000, 180500, "USD", SalaryVerdict.Agrees)]
    [InlineData(170000, 200000, "USD", SalaryVerdict.Overlaps)]
    [InlineData(200000, 250000, "USD", SalaryVerdict.Differs)]
    [InlineData(150000, 180000, "EUR", SalaryVerdict.Differs)]
    public void A_stated_salary_is_matched_against_the_ranges_read_from_the_text(int min, int max, string currency, SalaryVerdict expected)
    {
        SalaryRange[] text = [new(150000, 180000, "USD", PayPeriod.Year, 150000, 180000)];

        Assert.Equal(expected, SalaryAgreement.Compare(new StatedSalary(min, max, currency, PayPeriod.Year), text));
    }

    [Fact]
    public void An_hourly_range_overlapping_a_stated_yearly_one_is_an_overlap_not_a_difference()
    {
        SalaryRange[] text = [new(70, 80, "USD", PayPeriod.Hour, 145600, 166400)];

        Assert.Equal(SalaryVerdict.Overlaps, SalaryAgreement.Compare(new StatedSalary(150000, 170000, "USD", PayPeriod.Year), text));
        Assert.Equal(SalaryVerdict.NotInText, SalaryAgreement.Compare(new StatedSalary(150000, 170000, "USD", PayPeriod.Year), []));
    }

    [Fact]
    public async Task The_report_counts_each_kind_of_disagreement_and_lists_the_postings()
    {
        var file = _temp.File("stated.jsonl");
        File.WriteAllLines(file,
        [
            """{"id": "a", "source": "lever", "title": "Backend Engineer", "description": "Go and PostgreSQL. Fully remote (US). Base pay $150,000 - $180,000 per year.", "salary": {"min": 150000, "max": 180000, "currency": "USD", "period": "year"}, "work_mode": "remote"}""",
            """{"id": "b", "source": "lever", "title": "Data Engineer", "description": "Spark and Airflow. Salary: $160,000 - $240,000 per year, on site in Austin, TX five days a week.", "salary": {"min": 185000, "max": 225000, "currency": "USD", "period": "year"}, "work_mode": "onsite"}""",
            """{"id": "c", "source": "lever", "title": "Frontend Engineer", "description": "React and TypeScript. We work fully remote, anywhere in Europe.", "salary": {"min": 70000, "max": 90000, "currency": "EUR", "period": "year"}, "work_mode": "onsite"}""",
            """{"id": "d", "source": "lever", "title": "QA Engineer", "description": "Cypress and Playwright.", "work_mode": "hybrid"}""",
            """{"id": "e", "source": "lever", "title": "Designer", "description": "Figma."}""",
        ]);

        var run = await Run("eval", "--stated", file, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        var report = Assert.Single(doc.RootElement.GetProperty("reports").EnumerateArray());
        var scores = report.GetProperty("scores").EnumerateArray().ToDictionary(s => s.GetProperty("field").GetString()!);
        Assert.Equal(3, scores[StatedEvaluation.SalaryField].GetProperty("n").GetInt32());
        Assert.Equal(0.3333, scores[StatedEvaluation.SalaryField].GetProperty("accuracy").GetDouble());
        Assert.Equal(0.6667, scores[StatedEvaluation.SalaryField].GetProperty("coverage").GetDouble());
        Assert.Equal(4, scores[StatedEvaluation.WorkModeField].GetProperty("n").GetInt32());
        Assert.Equal(0.5, scores[StatedEvaluation.WorkModeField].GetProperty("accuracy").GetDouble());
        Assert.Contains(report.GetProperty("notes").EnumerateArray(), n => n.GetString() == "salary: 1 agree with the text, 1 overlap it, 0 differ, 1 are not in the text.");
        var mismatches = report.GetProperty("mismatches").EnumerateArray()
            .Select(m => (m.GetProperty("id").GetString(), m.GetProperty("field").GetString(), m.GetProperty("expected").GetString(), m.GetProperty("actual").GetString()))
            .ToList();
        Assert.Equal(
        [
            ("b", StatedEvaluation.SalaryField, "USD 185,000-225,000 year", "overlaps: USD 160,000-240,000 year"),
            ("c", StatedEvaluation.SalaryField, "EUR 70,000-90,000 year", "none in the text"),
            ("c", StatedEvaluation.WorkModeField, "onsite", "remote"),
            ("d", StatedEvaluation.WorkModeField, "hybrid", "unknown"),
        ], mismatches);
    }

    [Fact]
    public async Task A_missing_file_is_a_one_line_error()
    {
        var run = await Run("eval", "--stated", _temp.File("nope.jsonl"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("not found", run.Error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, CliConsole.ForWriters(output, error));
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
