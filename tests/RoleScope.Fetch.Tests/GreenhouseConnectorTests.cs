using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Fetch.Greenhouse;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Mapping;
using RoleScope.Fetch.Output;
using RoleScope.Fetch.State;
using RoleScope.Storage;

namespace RoleScope.Fetch.Tests;

public sealed class GreenhouseConnectorTests : IAsyncLifetime
{
    private const string Jobs = "/v1/boards/acme/jobs?content=true";
    private static readonly string[] FirstIds = ["4012001", "4012002", "4012003"];

    private readonly TempFolder _temp = new();
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        _server.Serve(Jobs, Step.File("greenhouse/jobs.json"));
        foreach (var id in FirstIds.Append("4012004"))
        {
            _server.Serve(Detail(id), Step.File($"greenhouse/job-{id}.json"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    private static string Detail(string id) => $"/v1/boards/acme/jobs/{id}?pay_transparency=true";

    private GreenhouseConnector Acme() => new(_server.BaseUri, "acme");

    [Fact]
    public async Task Every_open_job_becomes_a_posting_with_its_pay_range_and_structured_fields()
    {
        var output = _temp.File("gh.jsonl");

        var result = await Fetching.ToFile(Acme(), output);

        Assert.Empty(result.Failures);
        var postings = Canonical.Read(output).ToDictionary(p => p.Id);
        Assert.Equal(FirstIds, postings.Keys.Order(StringComparer.Ordinal));
        var backend = postings["4012001"];
        Assert.Equal(("greenhouse", "Senior Backend Engineer", "Acme Logistics", "Berlin, Germany"), (backend.Source, backend.Title, backend.Company, backend.Location));
        Assert.Equal(new StatedSalary(85000m, 105000m, "EUR", PayPeriod.Year), backend.Salary);
        Assert.Equal(new DateOnly(2026, 5, 20), backend.PostedAt);
        // The API escapes the HTML once; the posting holds it decoded.
        Assert.StartsWith("<p><strong>About the role</strong></p>", backend.Description, StringComparison.Ordinal);
        Assert.Equal("full_time", backend.Labels![PostingLabels.EmploymentType]);
        Assert.Equal("Engineering", backend.Labels[PostingLabels.Department]);
        Assert.Equal("https://job-boards.greenhouse.io/acme/jobs/4012001", backend.Url);

        var data = postings["4012002"];
        Assert.Equal(new StatedSalary(185000m, 225000m, "USD", PayPeriod.Year), data.Salary);
        Assert.Equal("remote", data.Labels![PostingLabels.WorkMode]);
        Assert.Equal("Zone A (SF, NYC, Seattle): USD 185,000-225,000 year | Zone B (rest of US): USD 165,000-200,000 year", data.Labels[PostingLabels.PayText]);

        var design = postings["4012003"];
        Assert.Null(design.Salary);
        Assert.False(design.Labels!.ContainsKey(PostingLabels.WorkMode));
    }

    [Fact]
    public async Task A_second_fetch_reads_only_new_jobs_and_counts_the_changed_ones()
    {
        var output = _temp.File("gh.jsonl");
        await Fetching.ToFile(Acme(), output);
        _server.Serve(Jobs, Step.File("greenhouse/jobs-later.json"));

        var second = await Fetching.ToFile(Acme(), output);

        Assert.Equal((4, 1, 1, 2, 1), (second.Summary.Listed, second.Summary.Fetched, second.Summary.Written, second.Summary.Unchanged, second.Summary.Changed));
        Assert.Equal(1, _server.Count(Detail("4012004")));
        Assert.All(FirstIds, id => Assert.Equal(1, _server.Count(Detail(id))));
        Assert.Equal(4, Canonical.Read(output).Count);
    }

    [Fact]
    public async Task A_job_whose_detail_keeps_failing_is_reported_and_fetched_on_the_next_run()
    {
        _server.Serve(Detail("4012003"), Step.Status(500));
        var output = _temp.File("gh.jsonl");

        var first = await Fetching.ToFile(Acme(), output);

        var failure = Assert.Single(first.Failures);
        Assert.Equal(("4012003", true), (failure.Id, failure.Reason.Contains("HTTP 500", StringComparison.Ordinal)));
        Assert.Equal(2, first.Summary.Written);
        _server.Serve(Detail("4012003"), Step.File("greenhouse/job-4012003.json"));

        var second = await Fetching.ToFile(Acme(), output);

        Assert.Equal((1, 1, 0), (second.Summary.Fetched, second.Summary.Written, second.Summary.Failed));
        Assert.Equal(FirstIds, Canonical.Read(output).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_listed_job_without_an_id_is_reported_and_the_others_are_kept()
    {
        _server.Serve(Jobs, Step.File("greenhouse/jobs-one-without-id.json"));
        var output = _temp.File("gh.jsonl");

        var result = await Fetching.ToFile(Acme(), output);

        var failure = Assert.Single(result.Failures);
        Assert.Equal("(job #2 of the listing)", failure.Id);
        Assert.Contains("no 'id'", failure.Reason, StringComparison.Ordinal);
        Assert.Equal("4012001", Assert.Single(Canonical.Read(output)).Id);
    }

    [Fact]
    public async Task A_malformed_listing_ends_the_run_with_a_reason_and_writes_nothing()
    {
        _server.Serve(Jobs, Step.File("greenhouse/jobs-truncated.json"));
        var output = _temp.File("gh.jsonl");

        var e = await Assert.ThrowsAsync<FetchException>(() => Fetching.ToFile(Acme(), output));

        Assert.Contains("malformed JSON", e.Message, StringComparison.Ordinal);
        Assert.Empty(File.ReadAllText(output));
    }

    [Fact]
    public async Task Fetching_into_a_store_stores_every_job_once()
    {
        var db = _temp.File("gh.db");
        using (var store = SqliteStore.Open(db))
        {
            for (var run = 0; run < 2; run++)
            {
                using var http = new FetchHttp(TestHttp.Options());
                using var sink = new StorePostingSink(store, ExtractionPipeline.Default, _temp.File("gh.rejects.jsonl"), "fetch greenhouse:acme");
                var state = FetchState.Load(_temp.File("gh.fetch-state.json"));
                var summary = await new FetchRunner(http, state, sink).RunAsync(Acme(), cancellationToken: TestContext.Current.CancellationToken);
                Assert.Equal(run == 0 ? 3 : 0, summary.Written);
            }
            Assert.Equal(3, store.Count());
            var extracted = store.Find("greenhouse", "4012002");
            Assert.NotNull(extracted);
            Assert.Contains("Spark", extracted.Skills);
        }
    }
}
