using Microsoft.Data.Sqlite;

namespace RoleScope.Storage;

/// <summary>
/// Copies the write-ahead log back into the database file on a thread and connection of its own, so that the store's
/// writer goes on inserting meanwhile. SQLite otherwise checkpoints on the committing connection: during a bulk ingest
/// the single writer thread spent about a tenth of its time copying pages (docs/benchmarks.md, "Ingest"), while the
/// other core had room. A passive checkpoint never blocks the writer nor readers; it copies what is committed when it
/// starts, and the log is reused from its start once a checkpoint has caught up.
/// </summary>
/// <remarks>
/// The writer's own automatic checkpoint stays on as a backstop (<see cref="SqliteConnections.BackstopCheckpointPragma"/>,
/// a larger threshold), so the log stays bounded even if this thread falls behind or stops on an error.
/// </remarks>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>Postings committed since the last checkpoint that make the next one worth starting (about 16,000 pages of log).</summary>
    internal const int PostingsPerCheckpoint = 8192;

    private readonly string fullPath;
    private readonly SemaphoreSlim signal = new(0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int pending;

    internal WalCheckpointer(string fullPath)
    {
        this.fullPath = fullPath;
        loop = Task.Factory.StartNew(Run, TaskCreationOptions.LongRunning);
    }

    /// <summary>Checkpoints performed so far (for tests and diagnostics).</summary>
    internal int Checkpoints { get; private set; }

    /// <summary>The last error that stopped the thread, or null; the writer's own checkpoints then carry on alone.</summary>
    internal Exception? Failure { get; private set; }

    /// <summary>Called by the writer after each commit with the number of postings it wrote.</summary>
    internal void Committed(int postings)
    {
        if (Interlocked.Add(ref pending, postings) >= PostingsPerCheckpoint && signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    private void Run()
    {
        try
        {
            using var connection = SqliteConnections.Open(fullPath, create: false);
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            while (true)
            {
                signal.Wait(stop.Token);
                Interlocked.Exchange(ref pending, 0);
                checkpoint.ExecuteNonQuery();
                Checkpoints++;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (SqliteException e)
        {
            Failure = e;
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        loop.Wait();
        stop.Dispose();
        signal.Dispose();
    }
}
