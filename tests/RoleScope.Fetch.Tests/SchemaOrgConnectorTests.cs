using RoleScope.Core.Domain;
using RoleScope.Fetch.Mapping;
using RoleScope.Fetch.SchemaOrg;

namespace RoleScope.Fetch.Tests;

public sealed class SchemaOrgConnectorTests : IAsyncLifetime
{
    private const string Html = "text/html; charset=utf-8";
    private readonly TempFolder _temp = new();
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        _server.Serve("/jobs/senior-go-engineer", Step.File("schemaorg/senior-go-engineer.html", Html));
        _server.Serve("/careers", Step.File("schemaorg/careers-graph.html", Html));
        _server.Serve("/about", Step.File("schemaorg/no-jobposting.html", Html));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    private SchemaOrgConnector Connector() => new(["/jobs/senior-go-engineer", _server.Url + "/careers", _server.Url + "/about", Step.FixturePath("schemaorg/job.jsonld")], _server.BaseUri);

    [Fact]
    public async Task JobPosting_JSON_LD_in_pages_and_files_keeps_base_salary_location_type_and_employment_type()
    {
        var output = _temp.File("schema.jsonl");

        var result = await Fetching.ToFile(Connector(), output);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(_server.Url + "/about", failure.Id);
        Assert.Contains("no schema.org JobPosting", failure.Reason, StringComparison.Ordinal);
        var postings = Canonical.Read(output).ToDictionary(p => p.Title!);
        Assert.Equal(4, postings.Count);

        var go = postings["Senior Go Engineer"];
        Assert.Equal(_server.Url + "/jobs/senior-go-engineer#HFT-2231", go.Id);
        Assert.Equal(("schemaorg", "Harbor Freight Tech", new DateOnly(2026, 5, 18)), (go.Source, go.Company, go.PostedAt));
        Assert.Equal(new StatedSalary(150000m, 185000m, "USD", PayPeriod.Year), go.Salary);
        Assert.Equal(("remote", "full_time", "USA"), (go.Labels![PostingLabels.WorkMode], go.Labels[PostingLabels.EmploymentType], go.Labels[PostingLabels.ApplicantLocations]));

        // Two postings in an @graph, beside a broken JSON-LD block that is passed over.
        var analyst = postings["Data Analyst"];
        Assert.Equal("https://careers.polder.example/jobs/data-analyst", analyst.Id);
        Assert.Equal(new StatedSalary(4200m, 5100m, "EUR", PayPeriod.Month), analyst.Salary);
        Assert.Equal(("Amsterdam, NH, NL", "full_time | part_time"), (analyst.Location, analyst.Labels![PostingLabels.EmploymentType]));
        Assert.False(analyst.Labels.ContainsKey(PostingLabels.WorkMode));
        var embedded = postings["Embedded Software Engineer"];
        Assert.Equal(new StatedSalary(68000m, 68000m, "EUR", PayPeriod.Year), embedded.Salary);
        Assert.Equal(("Polder Energy", "Eindhoven, NL"), (embedded.Company, embedded.Location));

        var devops = postings["DevOps Engineer"];
        Assert.Equal(new StatedSalary(650m, 650m, "EUR", PayPeriod.Day), devops.Salary);
        Assert.Equal(("remote", "contract", "Germany | Poland"), (devops.Labels![PostingLabels.WorkMode], devops.Labels[PostingLabels.EmploymentType], devops.Labels[PostingLabels.ApplicantLocations]));
    }

    [Fact]
    public async Task Pages_read_once_are_not_fetched_again_and_the_failed_one_is_retried()
    {
        var output = _temp.File("schema.jsonl");
        await Fetching.ToFile(Connector(), output);
        var requests = _server.Requests.Count;

        var second = await Fetching.ToFile(Connector(), output);

        Assert.Equal(["/about"], _server.Requests.Skip(requests));
        Assert.Equal((0, 1, 3), (second.Summary.Written, second.Summary.Failed, second.Summary.Unchanged));
        Assert.Equal(4, Canonical.Read(output).Count);
    }

    [Fact]
    public void A_page_whose_only_JSON_LD_is_broken_names_the_JSON_error()
    {
        var page = """<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": </script></head></html>""";

        var e = Assert.Throws<MalformedItemException>(() => SchemaOrgConnector.Postings(page, "page.html", null));

        Assert.Contains("malformed JSON-LD", e.Message, StringComparison.Ordinal);
    }
}
