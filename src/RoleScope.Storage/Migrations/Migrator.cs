using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RoleScope.Storage.Migrations;

/// <summary>Brings a RoleScope store (or an empty database) to the newest schema this build knows.</summary>
internal static class Migrator
{
    // The ledger is the migrator's own bookkeeping rather than a migration: it has to exist before migration 1 is recorded.
    private const string LedgerSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    private const string HasLedgerSql = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations';";

    private const string CurrentVersionSql = "SELECT coalesce(max(version), 0) FROM schema_migrations;";

    private const string RecordSql = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $applied_at);";

    /// <summary>Applies every pending migration, each in its own transaction, and returns the file's schema version.</summary>
    internal static int Migrate(SqliteConnection connection, string fullPath, IReadOnlyList<Migration> migrations)
    {
        // Check the version before writing anything, so that a newer file is left exactly as it was.
        var latest = migrations[^1].Version;
        var hasLedger = (long)(SqliteConnections.Scalar(connection, HasLedgerSql) ?? 0L) != 0;
        var version = hasLedger ? CurrentVersion(connection, null) : 0;
        if (version > latest)
        {
            throw StoreOpenException.NewerSchema(fullPath, version, latest);
        }

        // BeginTransaction is BEGIN IMMEDIATE: a second process opening the same new file waits at each step, then
        // finds the work done when it re-reads the version inside its own transaction.
        if (!hasLedger)
        {
            using var transaction = connection.BeginTransaction();
            SqliteConnections.Execute(connection, LedgerSql, transaction);
            SqliteConnections.Execute(connection, StoreFileIdentity.StampSql, transaction);
            transaction.Commit();
        }

        foreach (var migration in migrations)
        {
            if (migration.Version <= version)
            {
                continue;
            }
            using var transaction = connection.BeginTransaction();
            version = CurrentVersion(connection, transaction);
            if (migration.Version <= version)
            {
                continue;
            }
            SqliteConnections.Execute(connection, migration.Sql, transaction);
            Record(connection, transaction, migration);
            transaction.Commit();
            version = migration.Version;
        }
        // A newer RoleScope may have migrated the file while this one waited for its turn.
        return version <= latest ? version : throw StoreOpenException.NewerSchema(fullPath, version, latest);
    }

    private static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction) =>
        Convert.ToInt32(SqliteConnections.Scalar(connection, CurrentVersionSql, transaction), CultureInfo.InvariantCulture);

    private static void Record(SqliteConnection connection, SqliteTransaction transaction, Migration migration)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RecordSql;
        command.Parameters.AddWithValue("$version", migration.Version);
        command.Parameters.AddWithValue("$name", migration.Name);
        command.Parameters.AddWithValue("$applied_at", UtcTimestamp.Now());
        command.ExecuteNonQuery();
    }
}
