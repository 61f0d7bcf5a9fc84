using Microsoft.Data.Sqlite;

namespace RoleScope.Storage;

/// <summary>Opens the connections a store uses and sets the per-connection pragmas.</summary>
internal static class SqliteConnections
{
    // Writers take turns (an ingest beside a CLI query, two ingests on one file); a 500-posting batch commits in well
    // under a second, so five seconds of waiting means something is wrong rather than merely busy.
    private const int BusyTimeoutSeconds = 5;
    private const string BusyTimeoutPragma = "PRAGMA busy_timeout = 5000;";

    /// <summary>
    /// 64 MB of page cache (SQLite's default is 2 MB). Ingest appends to a dozen B-trees at once (postings, the full-text
    /// index, roles, skills and their indexes); with the default cache their pages are read back from the OS on every batch.
    /// </summary>
    private const string CacheSizePragma = "PRAGMA cache_size = -65536;";

    /// <summary>
    /// Checkpoint the write-ahead log every 16,384 pages (64 MB) instead of SQLite's 1,000. Each checkpoint writes the
    /// changed pages back and syncs the file; index pages change in almost every ingest batch, so checkpointing less often
    /// writes each of them once for many batches (measured here: 2x faster bulk inserts).
    /// </summary>
    private const string WalCheckpointPragma = "PRAGMA wal_autocheckpoint = 16384;";

    /// <summary>
    /// The writer's threshold once a <see cref="WalCheckpointer"/> checkpoints on its own thread: four times the usual, so
    /// that normally the other thread does the copying and this only bounds the log if it falls behind.
    /// </summary>
    internal const string BackstopCheckpointPragma = "PRAGMA wal_autocheckpoint = 65536;";

    /// <summary>A connection for the store's own use; the file is created when <paramref name="create"/> is set.</summary>
    internal static SqliteConnection Open(string fullPath, bool create)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            // A store holds its connection for its whole life, so a pool would save nothing; without one, a disposed
            // store lets go of the file at once (it can be moved or deleted straight away).
            Pooling = false,
            // Microsoft.Data.Sqlite retries busy statements up to this long itself; keep it equal to SQLite's own wait.
            DefaultTimeout = BusyTimeoutSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, BusyTimeoutPragma);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Makes a connection ready for the store's work: WAL (readers never block the writer, nor it them) and enforced
    /// foreign keys. Called only once the file is known to be RoleScope's, since WAL is written into the file.
    /// </summary>
    internal static void ConfigureForStore(SqliteConnection connection, string fullPath)
    {
        var mode = Scalar(connection, "PRAGMA journal_mode = WAL;") as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreOpenException(fullPath,
                $"'{fullPath}' cannot use SQLite's write-ahead log (journal mode stayed '{mode}'). "
                + "Put the store on a local disk; network file systems often lack the shared memory WAL needs.");
        }
        // With WAL, NORMAL loses at most the last commits on power loss and never corrupts the file; re-ingesting
        // restores them, since identity makes adding idempotent.
        Execute(connection, "PRAGMA synchronous = NORMAL;");
        Execute(connection, "PRAGMA foreign_keys = ON;");
        Execute(connection, CacheSizePragma);
        Execute(connection, WalCheckpointPragma);
    }

    /// <summary>A second connection that only reads, so that a long enumeration sees one snapshot.</summary>
    internal static SqliteConnection OpenReader(string fullPath)
    {
        var connection = Open(fullPath, create: false);
        try
        {
            Execute(connection, "PRAGMA query_only = ON;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }
}
