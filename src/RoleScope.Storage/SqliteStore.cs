using System.Globalization;
using Microsoft.Data.Sqlite;
using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using RoleScope.Storage.Migrations;

namespace RoleScope.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, brought to the newest schema when opened.
/// </summary>
/// <remarks>
/// Not thread-safe: use one store per thread (or serialise calls yourself). Several stores, in this process or in others,
/// may open the same file: readers never wait for the writer, and writers queue for up to the busy timeout.
/// <see cref="ReadAll"/> reads on a connection of its own from the snapshot taken when enumeration starts, so postings
/// added meanwhile (even through this store) are not part of that enumeration.
/// </remarks>
public sealed class SqliteStore : IPostingStore
{
    private const string CountSql = "SELECT count(*) FROM postings;";
    private const string FindSql = "SELECT extraction FROM postings WHERE source = $source AND source_id = $source_id;";
    private const string CountsSql = "SELECT count(*), count(duplicate_of) FROM postings;";
    private const string ReadAllSql = "SELECT source, posted_at, extraction FROM postings WHERE duplicate_of IS NULL ORDER BY id;";
    private const string OriginalOfSql = """
        SELECT o.source, o.source_id FROM postings p JOIN postings o ON o.id = p.duplicate_of
        WHERE p.source = $source AND p.source_id = $source_id;
        """;
    private const string SearchSql = """
        SELECT p.source, p.source_id FROM postings_fts f JOIN postings p ON p.id = f.rowid
        WHERE postings_fts MATCH $query AND p.duplicate_of IS NULL ORDER BY p.id LIMIT $limit;
        """;
    private const string VersionSql = "SELECT version FROM store_changes WHERE id = 1;";
    private const string BumpVersionSql = "UPDATE store_changes SET version = version + 1 WHERE id = 1;";

    /// <summary>How often <see cref="WaitForChange"/> looks at the file: SQLite has no notifications across processes.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    // SQLite result codes (sqlite3.h) that mean "this path is not a store we can use" rather than a fault of ours.
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private readonly SqliteConnection connection;
    private readonly PostingInserter inserter;
    private readonly SqliteCommand find;
    private readonly SqliteParameter findSource, findSourceId;
    private WalCheckpointer? checkpointer;
    private bool disposed;

    private SqliteStore(string filePath, int schemaVersion, SqliteConnection connection)
    {
        FilePath = filePath;
        SchemaVersion = schemaVersion;
        this.connection = connection;
        inserter = new PostingInserter(connection);
        find = connection.CreateCommand();
        find.CommandText = FindSql;
        findSource = find.Parameters.Add("$source", SqliteType.Text);
        findSourceId = find.Parameters.Add("$source_id", SqliteType.Text);
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>The file's schema version once opened: always <see cref="SqliteMigrations.LatestVersion"/>.</summary>
    public int SchemaVersion { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file and its folder if needed and applying pending migrations.
    /// </summary>
    /// <exception cref="StoreOpenException">The file is not a RoleScope database, or its schema is newer than this build.</exception>
    public static SqliteStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        SqliteConnection? connection = null;
        try
        {
            connection = SqliteConnections.Open(fullPath, create: true);
            StoreFileIdentity.EnsureRoleScopeOrEmpty(connection, fullPath);
            SqliteConnections.ConfigureForStore(connection, fullPath);
            var version = Migrator.Migrate(connection, fullPath, SqliteMigrations.All);
            var store = new SqliteStore(fullPath, version, connection);
            connection = null;
            return store;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteNotADatabase)
        {
            throw StoreOpenException.NotADatabase(fullPath, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteCantOpen)
        {
            throw StoreOpenException.CannotOpen(fullPath, e);
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A posting is null, has no source or id, or carries another posting's extraction; nothing of the batch is stored.</exception>
    public AddResult Add(IReadOnlyList<StoredPosting> batch)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        BatchRules.Check(batch);
        if (batch.Count == 0)
        {
            return new AddResult(0, 0);
        }

        var ingestedAt = UtcTimestamp.Now();
        var prepared = PreparedPosting.Of(batch);
        int stored = 0, near = 0;
        using var transaction = connection.BeginTransaction();
        var committed = false;
        try
        {
            inserter.Enlist(transaction);
            var inserted = new long[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                switch (inserter.TryInsert(batch[i], prepared[i], ingestedAt, out inserted[i]))
                {
                    case InsertOutcome.Stored:
                        stored++;
                        break;
                    case InsertOutcome.NearDuplicate:
                        near++;
                        break;
                }
            }
            if (Array.Find(inserted, id => id != 0) is var firstId and not 0)
            {
                inserter.AddBatchRows(firstId);
            }
            if (stored + near > 0)
            {
                SqliteConnections.Execute(connection, BumpVersionSql, transaction);
            }
            transaction.Commit();
            committed = true;
            if (stored + near > 0)
            {
                Checkpointer().Committed(stored + near);
            }
        }
        finally
        {
            inserter.Leave(committed);
        }
        return new AddResult(stored, batch.Count - stored - near, near);
    }

    /// <inheritdoc />
    public long Count()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return (long)(SqliteConnections.Scalar(connection, CountSql) ?? 0L);
    }

    /// <inheritdoc />
    public IEnumerable<MarketPosting> ReadAll()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Stream(FilePath);
    }

    /// <inheritdoc />
    public ExtractedPosting? Find(string source, string sourceId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceId);
        ObjectDisposedException.ThrowIf(disposed, this);
        findSource.Value = source;
        findSourceId.Value = sourceId;
        return find.ExecuteScalar() is string json ? ExtractionJson.Deserialize(json) : null;
    }

    /// <inheritdoc />
    public StoreCounts Counts()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        using var command = connection.CreateCommand();
        command.CommandText = CountsSql;
        using var rows = command.ExecuteReader();
        rows.Read();
        return new StoreCounts(rows.GetInt64(0), rows.GetInt64(1));
    }

    /// <inheritdoc />
    public PostingKey? OriginalOf(string source, string sourceId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceId);
        ObjectDisposedException.ThrowIf(disposed, this);
        using var command = connection.CreateCommand();
        command.CommandText = OriginalOfSql;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$source_id", sourceId);
        using var rows = command.ExecuteReader();
        return rows.Read() ? new PostingKey(rows.GetString(0), rows.GetString(1)) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<PostingKey> Search(string query, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ObjectDisposedException.ThrowIf(disposed, this);
        var words = SearchWords.Of(query);
        if (words.Count == 0)
        {
            return [];
        }
        using var command = connection.CreateCommand();
        command.CommandText = SearchSql;
        // Each word quoted is an FTS5 phrase of one token; phrases side by side must all match.
        command.Parameters.AddWithValue("$query", string.Join(' ', words.Select(w => "\"" + w + "\"")));
        command.Parameters.AddWithValue("$limit", limit);
        using var rows = command.ExecuteReader();
        var found = new List<PostingKey>();
        while (rows.Read())
        {
            found.Add(new PostingKey(rows.GetString(0), rows.GetString(1)));
        }
        return found;
    }

    /// <inheritdoc />
    public long ChangeVersion()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return (long)(SqliteConnections.Scalar(connection, VersionSql) ?? 0L);
    }

    /// <inheritdoc />
    public long WaitForChange(long seenVersion, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var version = ChangeVersion();
            var left = deadline - DateTime.UtcNow;
            if (version > seenVersion || left <= TimeSpan.Zero)
            {
                return version;
            }
            cancellationToken.WaitHandle.WaitOne(left < PollInterval ? left : PollInterval);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        checkpointer?.Dispose();
        find.Dispose();
        inserter.Dispose();
        connection.Dispose();
    }

    /// <summary>The background checkpointer, started by the first batch that writes (a store that only reads never needs one).</summary>
    private WalCheckpointer Checkpointer()
    {
        if (checkpointer is null)
        {
            SqliteConnections.Execute(connection, SqliteConnections.BackstopCheckpointPragma);
            checkpointer = new WalCheckpointer(FilePath);
        }
        return checkpointer;
    }

    private static IEnumerable<MarketPosting> Stream(string fullPath)
    {
        using var reader = SqliteConnections.OpenReader(fullPath);
        using var command = reader.CreateCommand();
        command.CommandText = ReadAllSql;
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            DateOnly? postedAt = rows.IsDBNull(1)
                ? null
                : DateOnly.ParseExact(rows.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new MarketPosting(rows.GetString(0), postedAt, ExtractionJson.Deserialize(rows.GetString(2)));
        }
    }
}
