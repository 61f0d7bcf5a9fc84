using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>Classes of extraction errors found on evaluation, each pinned by snippets written for the tests.</summary>
public sealed class ExtractionEdgeCaseTests
{
    private static readonly SalaryParser Parser = new(KnowledgeBase.Default.Rates);

    [Theory]
    [InlineData("Software Engineer, Backend", RoleFamily.Backend)]
    [InlineData("Engineering Manager, Mobile", RoleFamily.Management)]
    [InlineData("Senior Software Engineer, Data Platform", RoleFamily.Data)]
    public void A_team_after_a_comma_qualifies_the_role_instead_of_adding_one(string title, RoleFamily family)
    {
        var record = TestPostings.Extract(TestPostings.Hn($"Acme | {title} | Remote (US)\nWe build tools."));
        var role = Assert.Single(record.Roles);
        Assert.Equal(family, role.Family);
    }

    [Fact]
    public void A_list_of_family_words_before_a_role_still_names_one_role_each()
    {
        var record = TestPostings.Extract(TestPostings.Hn("Acme | Backend, Frontend and DevOps Engineers | Remote\nWe build tools."));
        Assert.Equal([RoleFamily.Backend, RoleFamily.Frontend, RoleFamily.Devops], record.Roles.Select(r => r.Family));
    }

    [Fact]
    public void A_shared_level_points_its_evidence_at_the_level_word()
    {
        var record = TestPostings.Extract(TestPostings.Hn("Acme | Senior & Staff Software Engineers | Remote\nWe build tools."), out var text);
        Assert.Equal([Seniority.Senior, Seniority.Staff], record.Roles.Select(r => r.Seniority));
        var senior = record.Evidence.First(e => e.Field == "roles" && e.Value.StartsWith("Senior", StringComparison.Ordinal));
        Assert.StartsWith("Senior", text.Text[senior.Start..senior.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_breaks_are_one_line_break()
    {
        Assert.Equal("a\nb", PlainText.Normalize("a\r\nb"));
        Assert.Equal("a\n\nb", PlainText.Normalize("a\r\n\r\nb"));
    }

    [Theory]
    [InlineData("Base salary $130,000-$150,000; OTE $180,000-$200,000.", 130_000, 150_000)]
    [InlineData("$150,000 base / $200,000 OTE", 150_000, 150_000)]
    [InlineData("$110,000 - $130,000 + per diem of $75/day", 110_000, 130_000)]
    public void Only_base_pay_is_salary(string text, int min, int max)
    {
        var found = Assert.Single(Parser.Parse(text));
        Assert.Equal((min, max), ((int)found.Range.Min, (int)found.Range.Max));
    }

    [Fact]
    public void Indian_digit_grouping_is_read()
    {
        var found = Assert.Single(Parser.Parse("CTC: ₹18,00,000 – ₹24,00,000 per annum"));
        Assert.Equal((1_800_000m, 2_400_000m, "INR", PayPeriod.Year), (found.Range.Min, found.Range.Max, found.Range.Currency, found.Range.Period));
    }

    [Fact]
    public void Millions_are_pay_only_in_currencies_whose_salaries_run_to_millions()
    {
        Assert.Equal(7_000_000m, Assert.Single(Parser.Parse("Salary: ¥7M – ¥10M per year")).Range.Min);
        Assert.Empty(Parser.Parse("Salary is competitive; we raised $7M – $10M last year"));
    }

    [Fact]
    public void An_amount_without_currency_takes_the_currency_of_the_postings_country_only_when_it_reads_as_pay()
    {
        var record = TestPostings.Extract(TestPostings.Titled("Backend Engineer", "Salary: 120-140k. Onsite in Omaha, NE."));
        var salary = Assert.Single(record.Salaries);
        Assert.Equal(("USD", 120_000m, 140_000m), (salary.Currency, salary.Min, salary.Max));

        Assert.Empty(Parser.Parse("Salary: 120-140k."));
        Assert.Empty(TestPostings.Extract(TestPostings.Titled("Backend Engineer", "We serve 120-140k users. Onsite in Omaha, NE.")).Salaries);
    }

    [Fact]
    public void A_k_range_in_a_header_line_is_pay_in_the_currency_of_its_country()
    {
        var record = TestPostings.Extract(TestPostings.Hn("Acme | Senior Engineer | Onsite | New York, NY | 130-200k + equity\nWe build tools."));
        var salary = Assert.Single(record.Salaries);
        Assert.Equal(("USD", 130_000m, 200_000m), (salary.Currency, salary.Min, salary.Max));
    }

    [Theory]
    [InlineData("Onsite in Denver, 4 days a week.", WorkMode.Hybrid)]
    [InlineData("We work onsite four days a week.", WorkMode.Hybrid)]
    [InlineData("Office-based Monday to Thursday, work from home on Fridays.", WorkMode.Hybrid)]
    [InlineData("We are not a fully remote team: expect two days a week in our Leeds office.", WorkMode.Hybrid)]
    [InlineData("Full-time in our Krakow office, 5 days a week.", WorkMode.Onsite)]
    [InlineData("Work from office.", WorkMode.Onsite)]
    [InlineData("You will run our hybrid cloud. Office-based in Ostrava.", WorkMode.Onsite)]
    public void Office_days_decide_between_hybrid_and_onsite(string text, WorkMode expected) =>
        Assert.Equal(expected, WorkModeDetector.Detect(text).Mode);

    [Fact]
    public void A_company_name_is_not_a_skill_it_asks_for()
    {
        var record = TestPostings.Extract(TestPostings.Hn("Glasswing Security | Backend Engineer | Remote\nWe write Go and PostgreSQL."));
        Assert.DoesNotContain("Security", record.Skills);
        Assert.Contains("Go", record.Skills);
        Assert.Equal("Glasswing Security", record.Company);
    }
}
