using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using RoleScope.Cli.Rendering;
using RoleScope.Core.Extraction;
using RoleScope.Fetch;
using RoleScope.Fetch.Connectors;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Output;
using RoleScope.Fetch.State;
using RoleScope.Storage;
using Spectre.Console;

namespace RoleScope.Cli.Commands;

/// <summary>Runs one connector into the chosen output, with progress and failures on standard error, and prints the summary.</summary>
internal static class FetchExecution
{
    public static int Run(CliConsole console, ParseResult r, FetchOptions options, IFetchConnector connector, CancellationToken cancellationToken)
    {
        var target = options.Target(r);
        var runOptions = options.Run(r);
        using var http = new FetchHttp(options.Http(r));
        var state = LoadState(target.StatePath);
        using var store = target.Database is null ? null : StoreOption.Open(target.Database);
        using var sink = Sink(target, store, connector.Key);
        if (sink is JsonlPostingSink { DroppedPartialLine: true } jsonl)
        {
            console.Error.WriteLine($"fetch {connector.Key}: the last line of {jsonl.Path} was cut off by an interrupted run and was removed; it is fetched again.");
        }
        var runner = new FetchRunner(http, state, sink, runOptions);
        FetchSummary summary;
        try
        {
            summary = ProgressReporter.Run(console, "fetch " + connector.Key, report =>
                runner.RunAsync(connector, new Reporter(report), failure =>
                    console.Error.WriteLine($"fetch {failure.Key}: {failure.Id} failed: {failure.Reason}"), cancellationToken).GetAwaiter().GetResult());
        }
        catch (FetchException e)
        {
            console.Error.WriteLine($"rolescope: fetch {connector.Key}: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine($"rolescope: fetch {connector.Key} interrupted; what was fetched is kept ({target.StatePath}); run the same command to resume.");
            return 130;
        }
        Print(console, summary, target, r.GetValue(options.Json));
        return 0;
    }

    private static FetchState LoadState(string path)
    {
        try
        {
            return FetchState.Load(path);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static IPostingSink Sink(FetchTarget target, IPostingStore? store, string key) =>
        store is null
            ? new JsonlPostingSink(target.Out!)
            : new StorePostingSink(store, ExtractionPipeline.Default, IngestCommand.RejectsPathFor(target.Database!), "fetch " + key);

    private static void Print(CliConsole console, FetchSummary s, FetchTarget target, bool json)
    {
        if (json)
        {
            console.OutWriter.WriteLine(JsonSerializer.Serialize(new
            {
                source = s.Key,
                listed = s.Listed,
                fetched = s.Fetched,
                written = s.Written,
                already_in_output = s.AlreadyInOutput,
                unchanged = s.Unchanged,
                changed = s.Changed,
                skipped = s.Skipped,
                failed = s.Failed,
                output = target.Out ?? target.Database,
                state = target.StatePath,
                summary = s.Output,
                seconds = Math.Round(s.Elapsed.TotalSeconds, 2),
            }));
            return;
        }
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Key}: {s.Listed:N0} listed; {s.Fetched:N0} fetched ({s.Skipped:N0} with nothing to keep: deleted, dead or unlisted), {s.Failed:N0} failed; " +
            $"{s.Unchanged:N0} unchanged and {s.Changed:N0} changed since an earlier fetch; {s.AlreadyInOutput:N0} already in the output ({s.Elapsed.TotalSeconds:0.0} s)."));
        console.Out.WriteLine(s.Output + ".");
        if (s.Failed > 0)
        {
            console.Out.WriteLine($"Failed items are listed on standard error; run the same command again to retry them.");
        }
    }

    private sealed class Reporter(Action<string, long, long?> report) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress p) => report(string.Create(CultureInfo.InvariantCulture,
            $"{p.Done:N0}/{p.Total:N0} items, {p.Written:N0} postings written, {p.Failed:N0} failed"), p.Done, p.Total);
    }
}
