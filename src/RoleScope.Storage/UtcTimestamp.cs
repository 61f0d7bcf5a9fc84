using System.Globalization;

namespace RoleScope.Storage;

/// <summary>The store's timestamps: UTC, ISO 8601 to the millisecond, a form SQLite's date functions read.</summary>
internal static class UtcTimestamp
{
    internal static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
