using RoleScope.Fetch.Connectors;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Output;
using RoleScope.Fetch.State;

namespace RoleScope.Fetch.Tests;

/// <summary>Runs a connector into a JSONL file the way <c>rolescope fetch --out</c> does, collecting failures.</summary>
internal static class Fetching
{
    public sealed record Result(FetchSummary Summary, List<FetchFailure> Failures);

    public static async Task<Result> ToFile(IFetchConnector connector, string output, FetchHttpOptions? http = null, int concurrency = 4,
        IProgress<FetchProgress>? progress = null, CancellationToken? cancel = null)
    {
        using var client = new FetchHttp(http ?? TestHttp.Options());
        var state = FetchState.Load(StatePath(output));
        using var sink = new JsonlPostingSink(output);
        var failures = new List<FetchFailure>();
        var runner = new FetchRunner(client, state, sink, new FetchRunOptions { Concurrency = concurrency, CommitEvery = 2 });
        var summary = await runner.RunAsync(connector, progress, failures.Add, cancel ?? TestContext.Current.CancellationToken);
        return new Result(summary, failures);
    }

    public static string StatePath(string output) => output + ".state.json";
}
