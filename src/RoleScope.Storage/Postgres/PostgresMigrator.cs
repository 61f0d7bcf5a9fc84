using Npgsql;
using RoleScope.Storage.Migrations;

namespace RoleScope.Storage.Postgres;

/// <summary>Brings a PostgreSQL database to the newest RoleScope schema; several servers starting at once take turns.</summary>
internal static class PostgresMigrator
{
    /// <summary>Session advisory lock held while migrating ("RSCM"); other RoleScope processes wait for it.</summary>
    private const long MigrationLockKey = 0x5253434D;

    private const string LedgerSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer PRIMARY KEY,
            name       text        NOT NULL,
            applied_at timestamptz NOT NULL
        );
        """;

    private const string StateSql = "SELECT to_regclass('schema_migrations') IS NOT NULL, to_regclass('postings') IS NOT NULL;";

    internal static int Migrate(NpgsqlConnection connection, string display, IReadOnlyList<Migration> migrations)
    {
        var latest = migrations[^1].Version;
        Execute(connection, $"SELECT pg_advisory_lock({MigrationLockKey});");
        try
        {
            var (hasLedger, hasPostings) = State(connection);
            if (!hasLedger && hasPostings)
            {
                throw new StoreOpenException(display,
                    $"{display} holds a 'postings' table that RoleScope did not create (no schema_migrations table). "
                    + "Point RoleScope at another database; it will not add its tables to another program's database.");
            }
            var version = hasLedger ? CurrentVersion(connection) : 0;
            if (version > latest)
            {
                throw StoreOpenException.NewerSchema(display, version, latest);
            }
            Execute(connection, LedgerSql);
            foreach (var migration in migrations)
            {
                if (migration.Version <= version)
                {
                    continue;
                }
                using var transaction = connection.BeginTransaction();
                Execute(connection, migration.Sql);
                using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now());", connection))
                {
                    record.Parameters.AddWithValue(migration.Version);
                    record.Parameters.AddWithValue(migration.Name);
                    record.ExecuteNonQuery();
                }
                transaction.Commit();
                version = migration.Version;
            }
            return version;
        }
        finally
        {
            Execute(connection, $"SELECT pg_advisory_unlock({MigrationLockKey});");
        }
    }

    private static (bool HasLedger, bool HasPostings) State(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(StateSql, connection);
        using var rows = command.ExecuteReader();
        rows.Read();
        return (rows.GetBoolean(0), rows.GetBoolean(1));
    }

    private static int CurrentVersion(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations;", connection);
        return (int)command.ExecuteScalar()!;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
