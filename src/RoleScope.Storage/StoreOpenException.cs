using Microsoft.Data.Sqlite;

namespace RoleScope.Storage;

/// <summary>
/// A store file RoleScope cannot use as it is: not a SQLite database, another program's database, or a schema newer
/// than this build. The message names the file and what to do about it.
/// </summary>
public sealed class StoreOpenException : Exception
{
    public StoreOpenException(string filePath, string message, Exception? innerException = null)
        : base(message, innerException) => FilePath = filePath;

    /// <summary>The full path of the file that could not be opened.</summary>
    public string FilePath { get; }

    internal static StoreOpenException NotADatabase(string path, Exception inner) => new(path,
        $"'{path}' is not a RoleScope database (SQLite says: {Reason(inner)}). "
        + "Point RoleScope at another file, or move this one aside and RoleScope will create a new store in its place.", inner);

    internal static StoreOpenException ForeignDatabase(string path) => new(path,
        $"'{path}' is a SQLite database, but not a RoleScope store: it holds tables RoleScope did not create. "
        + "Point RoleScope at another file; RoleScope will not add its tables to another program's database.");

    internal static StoreOpenException NewerSchema(string path, int fileVersion, int knownVersion) => new(path,
        $"'{path}' has schema version {fileVersion}, but this build of RoleScope knows versions up to {knownVersion}. "
        + "Open it with a newer RoleScope, or point this one at another file.");

    internal static StoreOpenException CannotOpen(string path, Exception inner) => new(path,
        $"Cannot open '{path}' as a RoleScope store (SQLite says: {Reason(inner)}). "
        + "Check that the path names a file (not a folder) in a folder you can write to.", inner);

    private static string Reason(Exception e) => e is SqliteException sqlite
        ? SqliteReason(sqlite)
        : e.Message;

    private static string SqliteReason(SqliteException e)
    {
        // Microsoft.Data.Sqlite prefixes "SQLite Error 26: "; the plain reason reads better inside our sentence.
        var message = e.Message;
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return (colon >= 0 ? message[(colon + 2)..] : message).Trim().TrimEnd('.').Trim('\'');
    }
}
