using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RoleScope.Core.Domain;
using RoleScope.Storage;

namespace RoleScope.Web.Tests;

/// <summary>GET /api/postings and /api/postings/{id} against the real store, checked against counts made from the store directly.</summary>
public sealed class PostingsApiTests(WebAppFixture app)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private async Task<JsonElement> Get(string url)
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task Health_counts_every_posting_in_the_store()
    {
        var health = await Get("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(app.Postings.Count, health.GetProperty("postings").GetInt32());
    }

    [Fact]
    public async Task A_skill_filter_matches_the_store_and_the_facets_add_up()
    {
        var expected = app.Postings.Count(p => p.Posting.Skills.Contains("Kafka"));
        Assert.True(expected > 10, "the sample should name Kafka often enough to test with");
        var page = await Get("/api/postings?skill=Kafka&pageSize=100");
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        var facets = page.GetProperty("facets");
        Assert.Equal(expected, facets.GetProperty("families").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
        Assert.Equal(expected, facets.GetProperty("workModes").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
        Assert.Equal(expected, facets.GetProperty("skills").EnumerateArray().First(f => f.GetProperty("value").GetString() == "Kafka").GetProperty("count").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Contains("Kafka", i.GetProperty("skills").EnumerateArray().Select(s => s.GetString())));
        // Skill names resolve through skills.json aliases and case, as the CLI's --skill does.
        var alias = await Get("/api/postings?skill=kafka");
        Assert.Equal(expected, alias.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Filters_combine_with_and()
    {
        var since = new DateOnly(2026, 3, 1);
        var expected = app.Postings.Count(p => p.Posting.Family == RoleFamily.Backend && p.Posting.WorkMode == WorkMode.Remote
            && p.Posting.Countries.Contains("US") && p.PostedAt >= since);
        var page = await Get("/api/postings?family=backend&workMode=remote&country=us&since=2026-03-01");
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("backend", i.GetProperty("family").GetString());
            Assert.Equal("remote", i.GetProperty("workMode").GetString());
        });
    }

    [Fact]
    public async Task Sorting_by_salary_and_paging_walk_the_whole_match_once()
    {
        var first = await Get("/api/postings?minSalary=100000&sort=salary&pageSize=50&page=1");
        var second = await Get("/api/postings?minSalary=100000&sort=salary&pageSize=50&page=2");
        var salaries = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("salaryUsd").GetDouble()).ToList();
        Assert.True(salaries.Count > 50);
        Assert.All(salaries, s => Assert.True(s >= 99_999.5));
        Assert.Equal(salaries.OrderDescending(), salaries);
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Full_text_search_uses_the_store_index()
    {
        int expected;
        using (var store = SqliteStore.Open(app.Db))
        {
            expected = store.Search("streaming Kafka", 100_000).Count;
        }
        var page = await Get("/api/postings?q=streaming%20Kafka");
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "hostile:h1");
    }

    [Theory]
    [InlineData("/api/postings?family=astronaut", "family")]
    [InlineData("/api/postings?pageSize=100000", "pageSize")]
    [InlineData("/api/postings?minSalary=-1", "minSalary")]
    [InlineData("/api/postings?since=2026-02-30", "since")]
    [InlineData("/api/postings?since=yesterday", "since")]
    [InlineData("/api/postings?sort=random", "sort")]
    [InlineData("/api/postings?page=0", "page")]
    [InlineData("/api/postings?skill=Klingon", "skill")]
    [InlineData("/api/postings?workMode=moon", "workMode")]
    [InlineData("/api/families/astronaut/profile", "family")]
    [InlineData("/api/compare?a=backend&b=astronaut", "b")]
    [InlineData("/api/compare?a=backend&b=backend", "b")]
    [InlineData("/api/compare?a=backend&b=data&since=2026-99-01", "since")]
    [InlineData("/api/salary/benchmark?family=backend&offer=-5", "offer")]
    [InlineData("/api/salary/benchmark?family=backend&band=guru", "band")]
    [InlineData("/api/salary/benchmark?band=senior", "family")]
    [InlineData("/api/plan?to=ml", "from")]
    [InlineData("/api/plan?from=backend&to=wizard", "to")]
    public async Task Bad_parameters_get_a_problem_naming_the_parameter(string url, string parameter)
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}': {problem}");
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posting_comes_with_evidence_spans_into_its_text()
    {
        var withSalary = app.Postings.First(p => p.Posting.Salaries.Count > 0 && p.Posting.Skills.Count > 2);
        var posting = await Get("/api/postings/" + Uri.EscapeDataString($"{withSalary.Source}:{withSalary.Posting.Id}"));
        var text = posting.GetProperty("text").GetString()!;
        var evidence = posting.GetProperty("extraction").GetProperty("evidence").EnumerateArray().ToList();
        Assert.NotEmpty(evidence);
        foreach (var e in evidence.Where(e => e.GetProperty("field").GetString() == "skills"))
        {
            var span = text[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()];
            Assert.False(string.IsNullOrWhiteSpace(span));
        }
        Assert.Equal(withSalary.Posting.Skills, posting.GetProperty("extraction").GetProperty("skills").EnumerateArray().Select(s => s.GetString()!));
    }

    [Fact]
    public async Task An_unknown_posting_is_a_404_problem()
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri("/api/postings/nowhere:0", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/postings", "/api/compare", "/api/salary/benchmark", "/api/plan", "/api/ingest", "/health" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI document lacks {path}");
        }
    }
}
