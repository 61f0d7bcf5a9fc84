using RoleScope.Core.Domain;
using RoleScope.Fetch.HackerNews;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.Tests;

public sealed class HnConnectorTests : IAsyncLifetime
{
    private static readonly string[] Comments = ["46500101", "46500102", "46500103", "46500104", "46500105", "46500106", "46500107"];
    private static readonly string[] Postings = ["46500101", "46500102", "46500103", "46500106", "46500107"];

    private readonly TempFolder _temp = new();
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        _server.Serve("/v0/user/whoishiring.json", Step.File("hn/user-whoishiring.json"));
        foreach (var id in new[] { "46500003", "46500002", "46500001", "46100003", "46100002", "46100001" }.Concat(Comments).Append("46500108"))
        {
            _server.Serve($"/v0/item/{id}.json", Step.File($"hn/item-{id}.json"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    private HnConnector June() => new(_server.BaseUri, 2026, 6);

    private int ItemRequests => _server.Requests.Count(r => r.StartsWith("/v0/item/465001", StringComparison.Ordinal));

    [Fact]
    public async Task The_months_hiring_thread_gives_one_posting_per_live_top_level_comment()
    {
        var output = _temp.File("hn.jsonl");

        var result = await Fetching.ToFile(June(), output);

        var postings = Canonical.Read(output);
        Assert.Equal(Postings, postings.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(new FetchSummary
        {
            Key = "hn:2026-06",
            Listed = 7,
            Fetched = 7,
            Written = 5,
            Skipped = 2,
            Output = result.Summary.Output,
            Elapsed = result.Summary.Elapsed,
        }, result.Summary);
        Assert.Empty(result.Failures);
        var first = postings.Single(p => p.Id == "46500101");
        Assert.Equal("hn", first.Source);
        Assert.Equal("https://news.ycombinator.com/item?id=46500101", first.Url);
        Assert.Equal(new DateOnly(2026, 6, 1), first.PostedAt);
        Assert.StartsWith("Northwind Robotics | Senior Backend Engineer", first.Description, StringComparison.Ordinal);
        Assert.Equal("tlindqvist", first.Labels![PostingLabels.By]);
        Assert.Equal("46500001", first.Labels[PostingLabels.Thread]);
        // The other threads of the month were passed over, older months never looked at, replies never fetched.
        Assert.DoesNotContain("/v0/item/46100001.json", _server.Requests);
        Assert.DoesNotContain("/v0/item/46500990.json", _server.Requests);
    }

    [Fact]
    public async Task A_second_fetch_asks_only_for_comments_posted_since()
    {
        var output = _temp.File("hn.jsonl");
        await Fetching.ToFile(June(), output);
        var story = File.ReadAllText(Step.FixturePath("hn/item-46500001.json")).Replace("46500107]", "46500107,46500108]", StringComparison.Ordinal);
        _server.Serve("/v0/item/46500001.json", Step.Body(story));
        var before = ItemRequests;

        var second = await Fetching.ToFile(June(), output);

        Assert.Equal(1, ItemRequests - before);
        Assert.Equal(1, _server.Count("/v0/item/46500108.json"));
        Assert.Equal((1, 1, 7), (second.Summary.Fetched, second.Summary.Written, second.Summary.Unchanged));
        Assert.Equal(Postings.Append("46500108"), Canonical.Read(output).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_malformed_item_is_reported_with_its_id_and_the_run_goes_on()
    {
        _server.Serve("/v0/item/46500106.json", Step.Body("""{"by": "ohansen", "id": 465"""), Step.File("hn/item-46500106.json"));
        var output = _temp.File("hn.jsonl");

        var first = await Fetching.ToFile(June(), output);

        var failure = Assert.Single(first.Failures);
        Assert.Equal("46500106", failure.Id);
        Assert.Contains("malformed JSON", failure.Reason, StringComparison.Ordinal);
        Assert.Equal((4, 1), (first.Summary.Written, first.Summary.Failed));

        var second = await Fetching.ToFile(June(), output);

        Assert.Equal((1, 1, 0), (second.Summary.Fetched, second.Summary.Written, second.Summary.Failed));
        Assert.Equal(Postings, Canonical.Read(output).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_fetch_cut_off_by_a_server_outage_resumes_and_the_union_holds_each_posting_once()
    {
        var served = 0;
        _server.Outage = target => !target.StartsWith("/v0/item/465001", StringComparison.Ordinal) || Interlocked.Increment(ref served) <= 3;
        var output = _temp.File("hn.jsonl");

        var first = await Fetching.ToFile(June(), output, TestHttp.Options(retries: 1), concurrency: 1);

        Assert.Equal(4, first.Summary.Failed);
        Assert.All(first.Failures, f => Assert.Contains("HTTP 503", f.Reason, StringComparison.Ordinal));
        _server.Outage = null;
        var before = ItemRequests;

        var second = await Fetching.ToFile(June(), output);

        Assert.Equal(4, ItemRequests - before);
        Assert.Equal(0, second.Summary.Failed);
        var lines = File.ReadAllLines(output);
        Assert.Equal(Postings, Canonical.Read(output).Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Postings.Length, lines.Length);
    }

    [Fact]
    public async Task A_cancelled_fetch_keeps_what_it_wrote_and_the_rerun_completes_without_duplicates()
    {
        var output = _temp.File("hn.jsonl");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var progress = new SyncProgress(p =>
        {
            if (p.Done == 3)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Fetching.ToFile(June(), output, concurrency: 1, progress: progress, cancel: cancel.Token));

        var kept = Canonical.Read(output).Count;
        Assert.InRange(kept, 1, 3);
        Assert.True(File.Exists(Fetching.StatePath(output)));

        var second = await Fetching.ToFile(June(), output);

        Assert.Equal(0, second.Summary.Failed);
        Assert.Equal(Postings, Canonical.Read(output).Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Postings.Length, File.ReadAllLines(output).Length);
    }

    [Fact]
    public async Task A_run_killed_before_saving_its_state_or_mid_line_writes_nothing_twice()
    {
        var output = _temp.File("hn.jsonl");
        await Fetching.ToFile(June(), output);
        // As if killed after writing the postings but before the state was saved, and in the middle of one more line.
        File.Delete(Fetching.StatePath(output));
        File.AppendAllText(output, """{"id": "46500108", "source": "hn", "descr""");
        var before = ItemRequests;

        var second = await Fetching.ToFile(June(), output);

        Assert.Equal(5, second.Summary.AlreadyInOutput);
        // Only the deleted and dead comments (which leave no line behind) are asked for again.
        Assert.Equal(2, ItemRequests - before);
        Assert.Equal(0, second.Summary.Written);
        Assert.Equal(Postings.Length, File.ReadAllLines(output).Length);
        Assert.Equal(Postings, Canonical.Read(output).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_month_without_a_thread_is_a_clear_error_and_the_search_stops_at_older_submissions()
    {
        var connector = new HnConnector(_server.BaseUri, 2026, 7);

        var e = await Assert.ThrowsAsync<FetchException>(() => Fetching.ToFile(connector, _temp.File("hn.jsonl")));

        Assert.Contains("Who is hiring? (July 2026)", e.Message, StringComparison.Ordinal);
        // The first May story is a month older than July's would be: nothing older is looked at.
        Assert.Contains("/v0/item/46100003.json", _server.Requests);
        Assert.DoesNotContain("/v0/item/46100002.json", _server.Requests);
    }

    [Theory]
    [InlineData("Ask HN: Who is hiring? (June 2026)", true)]
    [InlineData("Ask HN: Who wants to be hired? (June 2026)", false)]
    [InlineData("Ask HN: Freelancer? Seeking freelancer? (June 2026)", false)]
    [InlineData("Ask HN: Who is hiring? (June 2025)", false)]
    public void The_hiring_story_is_told_by_its_title(string title, bool expected) =>
        Assert.Equal(expected, HnConnector.IsHiringStory(title, 2026, 6));

    private sealed class SyncProgress(Action<FetchProgress> report) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value) => report(value);
    }
}
