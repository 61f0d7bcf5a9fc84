using RoleScope.Core.Domain;
using RoleScope.Evaluation.Golden;
using RoleScope.Evaluation.SkillSpan;

namespace RoleScope.Evaluation.Tests;

public sealed class MetricTests
{
    [Fact]
    public void A_tally_divides_hits_by_trials_and_has_no_rate_when_empty()
    {
        Assert.Null(default(Tally).Rate);
        var t = default(Tally).Add(true).Add(false).Add(true).Add(2, 5);
        Assert.Equal(new Tally(4, 8), t);
        Assert.Equal(0.5, t.Rate);
    }

    [Fact]
    public void Bio_tags_decode_into_token_spans()
    {
        string[] tags = ["O", "B", "I", "O", "B", "B", "I", "I"];
        Assert.Equal([new TokenSpan(1, 3), new TokenSpan(4, 5), new TokenSpan(5, 8)], BioSpans.Decode(tags));
    }

    [Fact]
    public void An_inside_tag_without_a_beginning_still_opens_a_span()
    {
        Assert.Equal([new TokenSpan(0, 2), new TokenSpan(3, 4)], BioSpans.Decode(["I", "I", "O", "I"]));
    }

    [Fact]
    public void Salary_alignment_keeps_order_and_survives_an_extra_salary()
    {
        var a = Salary(100, "USD");
        var b = Salary(200, "USD");
        var c = Salary(300, "EUR");
        var spurious = Salary(5, "USD");
        Assert.Equal([(0, 1), (1, 2), (2, 3)], SalaryAlignment.Align([a, b, c], [spurious, a, b, c]));
        // Swapped order: only one of the two can be paired in order.
        Assert.Single(SalaryAlignment.Align([a, b], [b, a]));
        // Same numbers, another currency or period: no pair.
        Assert.Empty(SalaryAlignment.Align([a], [Salary(100, "CAD")]));
        Assert.Empty(SalaryAlignment.Align([a], [a with { Period = PayPeriod.Month }]));
    }

    [Theory]
    [InlineData("TypeScript", true)]
    [InlineData("iOS", true)]
    [InlineData("AWS", true)]
    [InlineData("C++", true)]
    [InlineData("C#", true)]
    [InlineData("Node.js", true)]
    [InlineData("CI/CD", true)]
    [InlineData("HTML5", true)]
    [InlineData("Banking", false)]
    [InlineData("architecture", false)]
    [InlineData("real-time", false)]
    [InlineData("A", false)]
    public void Orthography_tells_product_names_from_words(string word, bool expected)
    {
        Assert.Equal(expected, TechnologySpans.LooksLikeAName(word));
    }

    [Fact]
    public void A_span_is_a_technology_through_its_spelling_or_the_taxonomy_in_any_case()
    {
        var rule = new TechnologySpans(["Python", "Spring Boot"]);
        Assert.True(rule.IsTechnology(["python"]));
        Assert.True(rule.IsTechnology(["spring", "boot"]));
        Assert.True(rule.IsTechnology(["TypeScript;"]));
        Assert.True(rule.IsTechnology(["(AngularJS)"]));
        Assert.False(rule.IsTechnology(["Software", "Development"]));
        Assert.False(rule.IsTechnology([",", "."]));
    }

    private static SalaryRange Salary(decimal amount, string currency) => new(amount, amount, currency, PayPeriod.Year, null, null);
}
