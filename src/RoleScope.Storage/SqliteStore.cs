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
    private const string ReadAllSql = "SELECT source, posted_at, extraction FROM postings ORDER BY id;";

    // SQLite result codes (sqlite3.h) that mean "this path is not a store we can use" rather than a fault of ours.
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private readonly SqliteConnection connection;
    private readonly PostingInserter inserter;
    private readonly SqliteCommand find;
    private readonly SqliteParameter findSource, findSourceId;
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
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(disposed, this);
        // Checked up front so that a bad posting rejects the whole batch before any of it is written.
        for (var i = 0; i < batch.Count; i++)
        {
            if (Problem(batch[i]) is { } problem)
            {
                throw new ArgumentException($"Posting {i} of the batch {problem} Nothing of the batch was stored.", nameof(batch));
            }
        }
        if (batch.Count == 0)
        {
            return new AddResult(0, 0);
        }

        var ingestedAt = UtcTimestamp.Now();
        var stored = 0;
        using var transaction = connection.BeginTransaction();
        inserter.Enlist(transaction);
        try
        {
            foreach (var item in batch)
            {
                if (inserter.TryInsert(item, ingestedAt))
                {
                    stored++;
                }
            }
            transaction.Commit();
        }
        finally
        {
            inserter.Enlist(null);
        }
        return new AddResult(stored, batch.Count - stored);
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

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        find.Dispose();
        inserter.Dispose();
        connection.Dispose();
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

    /// <summary>Why a posting cannot be stored, or null.</summary>
    private static string? Problem(StoredPosting? item) => item switch
    {
        null => "is null.",
        _ when string.IsNullOrWhiteSpace(item.Raw.Source) || string.IsNullOrWhiteSpace(item.Raw.Id) =>
            "has no source or id, so it has no identity to store under.",
        _ when !string.Equals(item.Extracted.Id, item.Raw.Id, StringComparison.Ordinal) =>
            $"({item.Raw.Source}/{item.Raw.Id}) carries the extraction of '{item.Extracted.Id}'.",
        _ when item.ExtractorVersion is null => $"({item.Raw.Source}/{item.Raw.Id}) has no extractor version.",
        _ => null,
    };
}
