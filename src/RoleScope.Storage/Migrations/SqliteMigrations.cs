using System.Globalization;
using System.Reflection;
using System.Text;

namespace RoleScope.Storage.Migrations;

/// <summary>
/// The SQLite migrations this build knows, read from the <c>Migrations/Sqlite/NNNN_name.sql</c> files embedded in the assembly.
/// The SQL stays in .sql files so that it reads, runs (sqlite3) and diffs (against the PostgreSQL port) as SQL,
/// and the file name carries the number, so there is no second list to keep in step.
/// </summary>
public static class SqliteMigrations
{
    /// <summary>Every migration, ordered by version, numbered 1..N without gaps.</summary>
    public static IReadOnlyList<Migration> All { get; } = EmbeddedMigrations.Load(typeof(SqliteMigrations).Assembly, "Sqlite");

    /// <summary>The schema version a database has after every known migration.</summary>
    public static int LatestVersion => All[^1].Version;
}

/// <summary>The PostgreSQL migrations this build knows, from <c>Migrations/Postgres/NNNN_name.sql</c>; numbered on their own.</summary>
public static class PostgresMigrations
{
    /// <summary>Every migration, ordered by version, numbered 1..N without gaps.</summary>
    public static IReadOnlyList<Migration> All { get; } = EmbeddedMigrations.Load(typeof(PostgresMigrations).Assembly, "Postgres");

    /// <summary>The schema version a database has after every known migration.</summary>
    public static int LatestVersion => All[^1].Version;
}

/// <summary>Reads one engine's migrations from the assembly's resources (named in the project file).</summary>
internal static class EmbeddedMigrations
{
    private const string ResourceSuffix = ".sql";

    internal static Migration[] Load(Assembly assembly, string engine)
    {
        var resourcePrefix = "RoleScope.Storage.Migrations." + engine + ".";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = resource[resourcePrefix.Length..^ResourceSuffix.Length];
            var underscore = stem.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || underscore == stem.Length - 1
                || !int.TryParse(stem.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            }
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Migration resource '{resource}' cannot be read.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            migrations.Add(new Migration(version, stem[(underscore + 1)..], reader.ReadToEnd()));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            // A gap or a repeated number would leave databases that differ while claiming the same version.
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Migrations must be numbered 1..N without gaps or repeats; found {string.Join(", ", migrations.Select(m => m.Version))}.");
            }
        }
        if (migrations.Count == 0)
        {
            throw new InvalidOperationException($"No {engine} migrations are embedded in RoleScope.Storage.");
        }
        return [.. migrations];
    }
}
