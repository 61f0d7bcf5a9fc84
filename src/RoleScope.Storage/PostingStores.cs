using RoleScope.Storage.Postgres;

namespace RoleScope.Storage;

/// <summary>Opens the store a --db value names: a PostgreSQL URL or connection string, else a SQLite file path.</summary>
public static class PostingStores
{
    /// <exception cref="StoreOpenException">The database cannot be reached, is not RoleScope's, or has a newer schema.</exception>
    public static IPostingStore Open(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return PostgresTarget.Matches(db) ? PostgresStore.Open(db) : SqliteStore.Open(db);
    }

    /// <summary>True when <paramref name="db"/> names a PostgreSQL database.</summary>
    public static bool IsServer(string db) => PostgresTarget.Matches(db);

    /// <summary>How to name the database in messages: the file path, or the server URL without its password.</summary>
    public static string Describe(string db) => PostgresTarget.Matches(db) ? PostgresTarget.Parse(db).Display : db;
}
