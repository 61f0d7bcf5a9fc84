using System.Data;
using Npgsql;
using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;
using RoleScope.Storage.Migrations;

namespace RoleScope.Storage.Postgres;

/// <summary>
/// The server store: one PostgreSQL database shared by any number of RoleScope processes. Writers take turns per batch
/// (an advisory lock); readers never wait. Each committed batch that stores something bumps a change counter and
/// sends NOTIFY on <see cref="ChangeChannel"/>, which <see cref="WaitForChange"/> listens for.
/// </summary>
/// <remarks>Not thread-safe, like <see cref="SqliteStore"/>: one store per thread.</remarks>
public sealed class PostgresStore : IPostingStore
{
    /// <summary>The NOTIFY channel of committed batches; the payload is the new change version.</summary>
    public const string ChangeChannel = "rolescope_changes";

    private const string CountsSql = "SELECT count(*), count(duplicate_of) FROM postings;";
    private const string FindSql = "SELECT extraction FROM postings WHERE source = $1 AND source_id = $2;";
    private const string ReadAllSql = "SELECT source, posted_at, extraction FROM postings WHERE duplicate_of IS NULL ORDER BY id;";
    private const string OriginalOfSql = """
        SELECT o.source, o.source_id FROM postings p JOIN postings o ON o.id = p.duplicate_of
        WHERE p.source = $1 AND p.source_id = $2;
        """;
    private const string SearchSql = """
        SELECT source, source_id FROM postings
        WHERE search @@ plainto_tsquery('simple', $1) AND duplicate_of IS NULL ORDER BY id LIMIT $2;
        """;
    private const string VersionSql = "SELECT version FROM store_changes WHERE id = 1;";

    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlConnection connection;
    private readonly PostgresBatchWriter writer;
    private NpgsqlConnection? listener;
    private bool disposed;

    private PostgresStore(PostgresTarget target, int schemaVersion, NpgsqlDataSource dataSource, NpgsqlConnection connection)
    {
        Target = target;
        SchemaVersion = schemaVersion;
        this.dataSource = dataSource;
        this.connection = connection;
        writer = new PostgresBatchWriter(connection);
    }

    /// <summary>The database, named without its password.</summary>
    public string Display => Target.Display;

    /// <summary>The database's schema version once opened: always <see cref="PostgresMigrations.LatestVersion"/>.</summary>
    public int SchemaVersion { get; }

    private PostgresTarget Target { get; }

    /// <summary>Connects to the database <paramref name="db"/> names and applies pending migrations.</summary>
    /// <exception cref="StoreOpenException">The server cannot be reached, the database is another program's, or its schema is newer.</exception>
    public static PostgresStore Open(string db)
    {
        PostgresTarget target;
        try
        {
            target = PostgresTarget.Parse(db);
        }
        catch (ArgumentException e)
        {
            throw new StoreOpenException(db, e.Message, e);
        }
        var dataSource = NpgsqlDataSource.Create(target.ConnectionString);
        NpgsqlConnection? connection = null;
        try
        {
            connection = dataSource.OpenConnection();
            var version = PostgresMigrator.Migrate(connection, target.Display, PostgresMigrations.All);
            using (var staging = new NpgsqlCommand(PostgresBatchWriter.StagingSql, connection))
            {
                staging.ExecuteNonQuery();
            }
            var store = new PostgresStore(target, version, dataSource, connection);
            connection = null;
            dataSource = null;
            return store;
        }
        catch (NpgsqlException e)
        {
            throw new StoreOpenException(target.Display,
                $"Cannot use the PostgreSQL database {target.Display} ({Reason(e)}). "
                + "Check that the server runs, that the database exists (createdb) and that the user may connect and create tables.", e);
        }
        finally
        {
            connection?.Dispose();
            dataSource?.Dispose();
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A posting is null, has no source or id, or carries another posting's extraction; nothing of the batch is stored.</exception>
    public AddResult Add(IReadOnlyList<StoredPosting> batch)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        BatchRules.Check(batch);
        return batch.Count == 0 ? new AddResult(0, 0) : writer.Write(batch);
    }

    /// <inheritdoc />
    public long Count() => Counts().Postings;

    /// <inheritdoc />
    public StoreCounts Counts()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        using var command = new NpgsqlCommand(CountsSql, connection);
        using var rows = command.ExecuteReader();
        rows.Read();
        return new StoreCounts(rows.GetInt64(0), rows.GetInt64(1));
    }

    /// <inheritdoc />
    public IEnumerable<MarketPosting> ReadAll()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Stream(dataSource);
    }

    /// <inheritdoc />
    public ExtractedPosting? Find(string source, string sourceId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceId);
        ObjectDisposedException.ThrowIf(disposed, this);
        using var command = new NpgsqlCommand(FindSql, connection);
        command.Parameters.AddWithValue(source);
        command.Parameters.AddWithValue(sourceId);
        return command.ExecuteScalar() is string json ? ExtractionJson.Deserialize(json) : null;
    }

    /// <inheritdoc />
    public PostingKey? OriginalOf(string source, string sourceId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceId);
        ObjectDisposedException.ThrowIf(disposed, this);
        using var command = new NpgsqlCommand(OriginalOfSql, connection);
        command.Parameters.AddWithValue(source);
        command.Parameters.AddWithValue(sourceId);
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
        using var command = new NpgsqlCommand(SearchSql, connection);
        command.Parameters.AddWithValue(string.Join(' ', words));
        command.Parameters.AddWithValue(limit);
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
        using var command = new NpgsqlCommand(VersionSql, connection);
        return (long)command.ExecuteScalar()!;
    }

    /// <inheritdoc />
    public long WaitForChange(long seenVersion, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (listener is null)
        {
            listener = dataSource.OpenConnection();
            using var listen = new NpgsqlCommand($"LISTEN {ChangeChannel};", listener);
            listen.ExecuteNonQuery();
        }
        // Listening starts before the version is read, so a batch committed in between is never missed.
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var version = ChangeVersion();
            var left = deadline - DateTime.UtcNow;
            if (version > seenVersion || left <= TimeSpan.Zero)
            {
                return version;
            }
            cancellationToken.ThrowIfCancellationRequested();
            // Short waits, so that cancellation is noticed without a second thread.
            listener.Wait(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        listener?.Dispose();
        connection.Dispose();
        dataSource.Dispose();
    }

    private static IEnumerable<MarketPosting> Stream(NpgsqlDataSource dataSource)
    {
        using var reader = dataSource.OpenConnection();
        // One snapshot for the whole enumeration, as SQLite's reader connection gives.
        using var transaction = reader.BeginTransaction(IsolationLevel.RepeatableRead);
        using var command = new NpgsqlCommand(ReadAllSql, reader, transaction);
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            DateOnly? postedAt = rows.IsDBNull(1) ? null : rows.GetFieldValue<DateOnly>(1);
            yield return new MarketPosting(rows.GetString(0), postedAt, ExtractionJson.Deserialize(rows.GetString(2)));
        }
    }

    private static string Reason(NpgsqlException e) => e is PostgresException pg ? pg.MessageText : e.Message;
}
