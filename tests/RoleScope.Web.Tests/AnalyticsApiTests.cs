using System.Net.Http.Json;
using System.Text.Json;

namespace RoleScope.Web.Tests;

public sealed class AnalyticsApiTests(WebAppFixture app)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private async Task<JsonElement> Get(string url)
    {
        using var client = app.Client();
        return await client.GetFromJsonAsync<JsonElement>(new Uri(url, UriKind.Relative), Ct);
    }

    [Fact]
    public async Task A_profile_counts_the_family_in_the_slice()
    {
        var expected = app.Postings.Count(p => p.Posting.Roles.Any(r => r.Family == Core.Domain.RoleFamily.Data) && p.Posting.Countries.Contains("US"));
        var profile = await Get("/api/families/data/profile?country=US");
        Assert.Equal("data", profile.GetProperty("family").GetString());
        Assert.Equal(expected, profile.GetProperty("postings").GetInt32());
    }

    [Fact]
    public async Task A_comparison_has_both_families_and_key_findings()
    {
        var c = await Get("/api/compare?a=backend&b=frontend");
        Assert.Equal("backend", c.GetProperty("a").GetProperty("family").GetString());
        Assert.Equal("frontend", c.GetProperty("b").GetProperty("family").GetString());
        Assert.NotEmpty(c.GetProperty("keyFindings").EnumerateArray());
    }

    [Fact]
    public async Task A_salary_benchmark_ranks_the_offer_and_drafts_the_email()
    {
        var low = await Get("/api/salary/benchmark?family=backend&country=US&offer=60000");
        var high = await Get("/api/salary/benchmark?family=backend&country=US&offer=400000");
        var lowRank = low.GetProperty("offerRank").GetProperty("value").GetDouble();
        var highRank = high.GetProperty("offerRank").GetProperty("value").GetDouble();
        Assert.InRange(lowRank, 0, 0.2);
        Assert.InRange(highRank, 0.8, 1);
        Assert.True(low.GetProperty("salary").GetProperty("n").GetInt32() >= 30);
        Assert.Contains("$60,000", low.GetProperty("email").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_from_skills_counts_them_as_held()
    {
        var plan = await Get("/api/plan?skills=Python,SQL&to=ml");
        Assert.Equal(["Python", "SQL"], plan.GetProperty("held").EnumerateArray().Select(s => s.GetString()!).Order(StringComparer.Ordinal));
        Assert.NotEmpty(plan.GetProperty("missingByFrequency").EnumerateArray());
    }
}
