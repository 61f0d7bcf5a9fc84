using RoleScope.Core.Domain;
using RoleScope.Fetch.Ashby;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Lever;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.Tests;

public sealed class BoardConnectorTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Lever_postings_are_read_page_by_page_with_salary_range_and_workplace_type()
    {
        _server.Serve("/v0/postings/orbital?mode=json&skip=0&limit=2", Step.File("lever/page-1.json"));
        _server.Serve("/v0/postings/orbital?mode=json&skip=2&limit=2", Step.File("lever/page-2.json"));
        var output = _temp.File("lever.jsonl");

        var result = await Fetching.ToFile(new LeverConnector(_server.BaseUri, "orbital", pageSize: 2), output);

        Assert.Empty(result.Failures);
        Assert.Equal(3, result.Summary.Written);
        var postings = Canonical.Read(output).ToDictionary(p => p.Title!);
        var ios = postings["Senior iOS Engineer"];
        Assert.Equal(("lever", "orbital", "Toronto, ON"), (ios.Source, ios.Company, ios.Location));
        Assert.Equal(new StatedSalary(150000m, 180000m, "CAD", PayPeriod.Year), ios.Salary);
        Assert.Equal(("hybrid", "full_time", "CA"), (ios.Labels![PostingLabels.WorkMode], ios.Labels[PostingLabels.EmploymentType], ios.Labels[PostingLabels.Country]));
        Assert.Contains("<h3>What you bring</h3><ul><li>6+ years of iOS development</li>", ios.Description, StringComparison.Ordinal);
        Assert.Equal("Base salary; equity and benefits on top.", ios.Labels[PostingLabels.PayText]);
        var sre = postings["Site Reliability Engineer"];
        Assert.Equal("remote", sre.Labels![PostingLabels.WorkMode]);
        Assert.Equal("Remote - Europe | Berlin | Lisbon", sre.Labels[PostingLabels.Locations]);
        var qa = postings["QA Contractor"];
        Assert.Equal(new StatedSalary(55m, 70m, "USD", PayPeriod.Hour), qa.Salary);
        Assert.Equal(("onsite", "contract"), (qa.Labels![PostingLabels.WorkMode], qa.Labels[PostingLabels.EmploymentType]));
        Assert.Equal(new DateOnly(2026, 5, 28), qa.PostedAt);

        var second = await Fetching.ToFile(new LeverConnector(_server.BaseUri, "orbital", pageSize: 2), output);

        Assert.Equal((3, 0, 3), (second.Summary.Listed, second.Summary.Written, second.Summary.Unchanged));
    }

    [Fact]
    public async Task Lever_stops_paging_when_a_server_repeats_its_first_page()
    {
        _server.Serve("/v0/postings/orbital?mode=json&skip=0&limit=2", Step.File("lever/page-1.json"));
        _server.Serve("/v0/postings/orbital?mode=json&skip=2&limit=2", Step.File("lever/page-1.json"));
        var output = _temp.File("lever.jsonl");

        var result = await Fetching.ToFile(new LeverConnector(_server.BaseUri, "orbital", pageSize: 2), output);

        Assert.Equal(2, result.Summary.Listed);
        Assert.Equal(0, _server.Count("/v0/postings/orbital?mode=json&skip=4&limit=2"));
    }

    [Fact]
    public async Task Ashby_jobs_keep_their_compensation_workplace_and_employment_type_and_unlisted_ones_are_skipped()
    {
        _server.Serve("/posting-api/job-board/meridian?includeCompensation=true", Step.File("ashby/job-board.json"));
        var output = _temp.File("ashby.jsonl");

        var result = await Fetching.ToFile(new AshbyConnector(_server.BaseUri, "meridian"), output);

        Assert.Empty(result.Failures);
        Assert.Equal((3, 2, 1), (result.Summary.Listed, result.Summary.Written, result.Summary.Skipped));
        var postings = Canonical.Read(output).ToDictionary(p => p.Title!);
        var ml = postings["Machine Learning Engineer"];
        Assert.Equal(new StatedSalary(190000m, 240000m, "USD", PayPeriod.Year), ml.Salary);
        Assert.Equal(("hybrid", "full_time", "San Francisco | New York"),
            (ml.Labels![PostingLabels.WorkMode], ml.Labels[PostingLabels.EmploymentType], ml.Labels[PostingLabels.Locations]));
        Assert.Equal("$190K – $240K • Offers Equity", ml.Labels[PostingLabels.PayText]);
        Assert.Equal(new DateOnly(2026, 5, 27), ml.PostedAt);
        var support = postings["Support Engineer (Part-time)"];
        Assert.Equal(new StatedSalary(28m, 34m, "GBP", PayPeriod.Hour), support.Salary);
        Assert.Equal(("remote", "part_time", "United Kingdom"), (support.Labels![PostingLabels.WorkMode], support.Labels[PostingLabels.EmploymentType], support.Labels[PostingLabels.Country]));
    }

    [Fact]
    public async Task An_Ashby_board_that_answers_with_something_else_fails_with_a_reason()
    {
        _server.Serve("/posting-api/job-board/meridian?includeCompensation=true", Step.Body("""{"success": false, "errors": ["not found"]}"""));

        var e = await Assert.ThrowsAsync<FetchException>(() => Fetching.ToFile(new AshbyConnector(_server.BaseUri, "meridian"), _temp.File("a.jsonl")));

        Assert.Contains("'jobs' is missing", e.Message, StringComparison.Ordinal);
    }
}
