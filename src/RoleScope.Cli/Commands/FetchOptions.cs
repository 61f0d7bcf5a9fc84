using System.CommandLine;
using System.Globalization;
using RoleScope.Fetch;
using RoleScope.Fetch.Connectors;
using RoleScope.Fetch.Http;

namespace RoleScope.Cli.Commands;

/// <summary>The options every <c>rolescope fetch</c> source takes: where from, where to, and how politely.</summary>
internal sealed class FetchOptions
{
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Base URL of the API (a mirror or a test server); default: the public API", HelpName = "URL" };
    public Option<string?> Out { get; } = new("--out", "-o") { Description = "Append postings to this canonical JSONL file (read by rolescope ingest)", HelpName = "FILE" };
    public Option<string?> Database { get; } = new("--db") { Description = "Ingest postings straight into this SQLite store instead", HelpName = "PATH" };
    public Option<string?> State { get; } = new("--state") { Description = "State file of incremental fetches (default: beside the output, NAME.fetch-state.json)", HelpName = "PATH" };
    public Option<double> Rate { get; } = new("--rate") { Description = "Requests per second at most (0: no limit)", DefaultValueFactory = _ => 4 };
    public Option<int> Concurrency { get; } = new("--concurrency") { Description = "Items fetched at once", DefaultValueFactory = _ => 4 };
    public Option<double> Timeout { get; } = new("--timeout") { Description = "Seconds one request may take before it is retried", DefaultValueFactory = _ => 30 };
    public Option<int> Retries { get; } = new("--retries") { Description = "Retries of a request after 429, 5xx, a time-out or a connection failure", DefaultValueFactory = _ => 4 };
    public Option<bool> Json { get; } = CommonOptions.Json();

    public void AddTo(Command command)
    {
        command.Add(BaseUrl);
        command.Add(Out);
        command.Add(Database);
        command.Add(State);
        command.Add(Rate);
        command.Add(Concurrency);
        command.Add(Timeout);
        command.Add(Retries);
        command.Add(Json);
    }

    public Uri BaseUri(ParseResult r, string defaultUrl)
    {
        var text = r.GetValue(BaseUrl) ?? defaultUrl;
        try
        {
            return SourceUri.Parse(text);
        }
        catch (ArgumentException)
        {
            throw new CliException($"--base-url expects an http or https URL, got '{text}'.");
        }
    }

    /// <summary>A base URL only when one was given (schema.org resolves relative page paths against it).</summary>
    public Uri? OptionalBaseUri(ParseResult r) => r.GetValue(BaseUrl) is null ? null : BaseUri(r, "");

    public FetchHttpOptions Http(ParseResult r)
    {
        var rate = r.GetValue(Rate);
        var timeout = r.GetValue(Timeout);
        var retries = r.GetValue(Retries);
        if (rate < 0 || double.IsNaN(rate))
        {
            throw new CliException("--rate must be 0 (no limit) or more.");
        }
        if (timeout <= 0 || double.IsNaN(timeout))
        {
            throw new CliException("--timeout must be more than 0 seconds.");
        }
        if (retries < 0)
        {
            throw new CliException("--retries must be 0 or more.");
        }
        return new FetchHttpOptions { RequestsPerSecond = rate, AttemptTimeout = TimeSpan.FromSeconds(timeout), MaxRetries = retries };
    }

    public FetchRunOptions Run(ParseResult r)
    {
        var concurrency = r.GetValue(Concurrency);
        return concurrency < 1 ? throw new CliException("--concurrency must be at least 1.") : new FetchRunOptions { Concurrency = concurrency };
    }

    /// <summary>Exactly one of --out and --db, and the state file that goes with it.</summary>
    public FetchTarget Target(ParseResult r)
    {
        var output = r.GetValue(Out);
        var database = r.GetValue(Database);
        if ((output is null) == (database is null))
        {
            throw new CliException("give either --out FILE (canonical JSONL) or --db PATH (a store), not both or neither.");
        }
        var anchor = output ?? database!;
        var state = r.GetValue(State) ?? Path.Combine(Path.GetDirectoryName(anchor) ?? "", Path.GetFileNameWithoutExtension(anchor) + ".fetch-state.json");
        return new FetchTarget(output, database, state);
    }

    public static (int Year, int Month) ParseMonth(string? text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.Year, date.Month);
        }
        throw new CliException($"--month expects a month such as 2026-06, got '{text}'.");
    }
}

/// <summary>Where a fetch writes: a JSONL file or a store, and its state file.</summary>
internal sealed record FetchTarget(string? Out, string? Database, string StatePath);
