using System.Diagnostics;
using RoleScope.Fetch.Http;

namespace RoleScope.Fetch.Tests;

public sealed class FetchHttpTests : IAsyncLifetime
{
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private Uri At(string target) => new(_server.BaseUri, target);

    [Fact]
    public async Task A_429_is_retried_after_the_wait_its_Retry_After_asks_for()
    {
        _server.Serve("/a", Step.Status(429, retryAfter: "1"), Step.Body("""{"ok": true}"""));
        using var http = new FetchHttp(TestHttp.Options());
        var clock = Stopwatch.StartNew();

        using var json = await http.GetJsonAsync(At("/a"), TestContext.Current.CancellationToken);

        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(2, _server.Count("/a"));
        // The back-off alone is 10 ms: a wait of about a second can only come from Retry-After.
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 4);
    }

    [Fact]
    public async Task A_500_is_retried_with_back_off_and_then_reported_with_its_status()
    {
        _server.Serve("/b", Step.Status(500));
        using var http = new FetchHttp(TestHttp.Options(retries: 3));

        var e = await Assert.ThrowsAsync<FetchException>(() => http.GetJsonAsync(At("/b"), TestContext.Current.CancellationToken));

        Assert.Contains("HTTP 500", e.Message, StringComparison.Ordinal);
        Assert.Contains("4 attempts", e.Message, StringComparison.Ordinal);
        Assert.Equal(4, _server.Count("/b"));
    }

    [Fact]
    public async Task A_500_that_recovers_is_invisible_to_the_caller()
    {
        _server.Serve("/c", Step.Status(500), Step.Status(502), Step.Body("[1, 2]"));
        using var http = new FetchHttp(TestHttp.Options(retries: 3));

        using var json = await http.GetJsonAsync(At("/c"), TestContext.Current.CancellationToken);

        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal(3, _server.Count("/c"));
    }

    [Fact]
    public async Task A_404_is_not_retried()
    {
        using var http = new FetchHttp(TestHttp.Options(retries: 3));

        var e = await Assert.ThrowsAsync<FetchException>(() => http.GetJsonAsync(At("/missing"), TestContext.Current.CancellationToken));

        Assert.Contains("HTTP 404", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count("/missing"));
    }

    [Fact]
    public async Task A_slow_response_times_out_and_the_retry_gets_the_answer()
    {
        _server.Serve("/slow", Step.Delay(TimeSpan.FromSeconds(10), Step.Body("{}")), Step.Body("""{"second": true}"""));
        using var http = new FetchHttp(TestHttp.Options(timeoutSeconds: 0.3));
        var clock = Stopwatch.StartNew();

        using var json = await http.GetJsonAsync(At("/slow"), TestContext.Current.CancellationToken);

        Assert.True(json.RootElement.GetProperty("second").GetBoolean());
        Assert.Equal(2, _server.Count("/slow"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_body_that_stalls_half_way_times_out_every_attempt_and_fails_with_a_reason()
    {
        _server.Serve("/stall", Step.StallMidBody(TimeSpan.FromSeconds(10)));
        using var http = new FetchHttp(TestHttp.Options(retries: 1, timeoutSeconds: 0.3));

        var e = await Assert.ThrowsAsync<FetchException>(() => http.GetJsonAsync(At("/stall"), TestContext.Current.CancellationToken));

        Assert.Contains("timed out", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Count("/stall"));
    }

    [Fact]
    public async Task A_malformed_JSON_body_is_a_failure_that_names_the_URL()
    {
        _server.Serve("/bad", Step.File("greenhouse/jobs-truncated.json"));
        using var http = new FetchHttp(TestHttp.Options());

        var e = await Assert.ThrowsAsync<FetchException>(() => http.GetJsonAsync(At("/bad"), TestContext.Current.CancellationToken));

        Assert.Contains("malformed JSON", e.Message, StringComparison.Ordinal);
        Assert.Contains("/bad", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count("/bad"));
    }

    [Fact]
    public async Task Every_request_carries_the_User_Agent()
    {
        _server.Serve("/ua", Step.Body("{}"));
        using var http = new FetchHttp(TestHttp.Options());

        using var _ = await http.GetJsonAsync(At("/ua"), TestContext.Current.CancellationToken);

        Assert.Equal(FetchHttpOptions.DefaultUserAgent, Assert.Single(_server.UserAgents));
    }

    [Fact]
    public async Task The_rate_limit_spreads_concurrent_requests_out()
    {
        _server.Serve("/r", Step.Body("{}"));
        using var http = new FetchHttp(TestHttp.Options(rate: 10));
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var doc = await http.GetJsonAsync(At("/r"), TestContext.Current.CancellationToken);
        }));

        // Six requests at ten a second: the first goes at once, the other five wait 0.1 s each in turn.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.45), $"took {clock.Elapsed}");
        Assert.Equal(6, _server.Count("/r"));
    }
}
