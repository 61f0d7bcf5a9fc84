using Microsoft.Data.Sqlite;

namespace RoleScope.Storage;

/// <summary>
/// Tells a RoleScope store from an empty file and from everything else, before anything is written to the file.
/// A store is marked by SQLite's application id, which lives in the file header and so survives any schema change.
/// </summary>
internal static class StoreFileIdentity
{
    /// <summary>"RSCP" in ASCII.</summary>
    internal const long ApplicationId = 0x52534350;

    internal static readonly string StampSql = FormattableString.Invariant($"PRAGMA application_id = {ApplicationId};");

    /// <summary>Throws <see cref="StoreOpenException"/> unless the file is a RoleScope store or an empty database.</summary>
    internal static void EnsureRoleScopeOrEmpty(SqliteConnection connection, string fullPath)
    {
        // Reading the header is what makes SQLite notice a file that is not a database (SqliteException, code 26).
        var applicationId = (long)(SqliteConnections.Scalar(connection, "PRAGMA application_id;") ?? 0L);
        if (applicationId == ApplicationId)
        {
            return;
        }
        var objects = (long)(SqliteConnections.Scalar(connection, "SELECT count(*) FROM sqlite_schema;") ?? 0L);
        if (applicationId != 0 || objects != 0)
        {
            throw StoreOpenException.ForeignDatabase(fullPath);
        }
    }
}
