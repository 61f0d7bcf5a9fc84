using System.Diagnostics;
using RoleScope.Fetch.Connectors;
using RoleScope.Fetch.Http;
using RoleScope.Fetch.Mapping;
using RoleScope.Fetch.Output;
using RoleScope.Fetch.State;

namespace RoleScope.Fetch;

/// <summary>
/// Runs one connector: lists its candidates, keeps those no earlier run did, fetches them with bounded concurrency and
/// hands their postings to the sink. Progress is saved to the state after the sink has made the postings durable, every
/// <see cref="FetchRunOptions.CommitEvery"/> candidates and at the end (also when the run is cancelled or a listing fails),
/// so that a stopped run resumes where it was and writes nothing twice. A failed candidate is reported and the run goes on.
/// </summary>
public sealed class FetchRunner(FetchHttp http, FetchState state, IPostingSink sink, FetchRunOptions? options = null)
{
    private readonly FetchRunOptions _options = options ?? new FetchRunOptions();

    public async Task<FetchSummary> RunAsync(IFetchConnector connector, IProgress<FetchProgress>? progress = null,
        Action<FetchFailure>? onFailure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<FetchCandidate> candidates;
        try
        {
            candidates = await connector.ListAsync(http, cancellationToken).ConfigureAwait(false);
        }
        catch (MalformedItemException e)
        {
            throw new FetchException("the listing is not in the documented shape: " + e.Message, e);
        }
        var known = state.For(connector.Key);
        var run = new Run();
        var todo = new List<FetchCandidate>();
        foreach (var candidate in candidates.DistinctBy(c => c.Id, StringComparer.Ordinal))
        {
            if (known.TryGet(candidate.Id, out var version))
            {
                if (version is not null && candidate.Version is not null && version != candidate.Version)
                {
                    run.Changed++;
                    known.Mark(candidate.Id, candidate.Version);
                }
                else
                {
                    run.Unchanged++;
                }
            }
            else if (connector.CandidateIsPosting && sink.Contains(connector.Source, candidate.Id))
            {
                // Written by a run that stopped before saving its state: remember it now, fetch nothing.
                run.AlreadyInOutput++;
                known.Mark(candidate.Id, candidate.Version);
            }
            else
            {
                todo.Add(candidate);
            }
        }
        var pending = new List<FetchCandidate>();
        var gate = new Lock();
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Concurrency), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(todo, parallel, async (candidate, ct) =>
            {
                ItemOutcome? outcome = null;
                string? failure = null;
                try
                {
                    outcome = await connector.FetchAsync(http, candidate, ct).ConfigureAwait(false);
                }
                catch (Exception e) when (e is FetchException or MalformedItemException)
                {
                    failure = e.Message;
                }
                lock (gate)
                {
                    if (outcome is not null)
                    {
                        run.Fetched++;
                        foreach (var posting in outcome.Postings)
                        {
                            if (sink.Add(posting))
                            {
                                run.Written++;
                            }
                            else
                            {
                                run.AlreadyInOutput++;
                            }
                        }
                        if (outcome.SkipReason is not null)
                        {
                            run.Skipped++;
                        }
                        pending.Add(candidate);
                        if (pending.Count >= _options.CommitEvery)
                        {
                            Commit(known, pending);
                        }
                    }
                    else
                    {
                        run.Failed++;
                        onFailure?.Invoke(new FetchFailure(connector.Key, candidate.Id, failure!));
                    }
                    progress?.Report(new FetchProgress(connector.Key, run.Fetched + run.Failed, todo.Count, run.Written, run.Failed));
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            lock (gate)
            {
                Commit(known, pending);
            }
        }
        return new FetchSummary
        {
            Key = connector.Key,
            Listed = candidates.Count,
            Fetched = run.Fetched,
            Written = run.Written,
            AlreadyInOutput = run.AlreadyInOutput,
            Unchanged = run.Unchanged,
            Changed = run.Changed,
            Skipped = run.Skipped,
            Failed = run.Failed,
            Output = sink.Describe(),
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Sink first, state second: the state never claims a posting the output does not hold.</summary>
    private void Commit(SourceState known, List<FetchCandidate> pending)
    {
        sink.Flush();
        foreach (var candidate in pending)
        {
            known.Mark(candidate.Id, candidate.Version);
        }
        pending.Clear();
        state.Save();
    }

    private sealed class Run
    {
        public int Fetched;
        public int Written;
        public int AlreadyInOutput;
        public int Unchanged;
        public int Changed;
        public int Skipped;
        public int Failed;
    }
}

/// <summary>How the runner paces itself.</summary>
public sealed record FetchRunOptions
{
    /// <summary>Candidates fetched at once (HN comments, Greenhouse job details).</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Candidates between two saves of the state.</summary>
    public int CommitEvery { get; init; } = 50;
}
