using System.Globalization;
using System.Reflection;
using System.Text;

namespace RoleScope.Storage.Migrations;

/// <summary>
/// The SQLite migrations this build knows, read from the <c>Migrations/NNNN_name.sql</c> files embedded in the assembly.
/// The SQL stays in .sql files so that it reads, runs (sqlite3) and diffs (against the PostgreSQL port) as SQL,
/// and the file name carries the number, so there is no second list to keep in step.
/// </summary>
public static class SqliteMigrations
{
    private const string ResourcePrefix = "RoleScope.Storage.Migrations.";
    private const string ResourceSuffix = ".sql";

    /// <summary>Every migration, ordered by version, numbered 1..N without gaps.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load(typeof(SqliteMigrations).Assembly);

    /// <summary>The schema version a database has after every known migration.</summary>
    public static int LatestVersion => All[^1].Version;

    private static Migration[] Load(Assembly assembly)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = resource[ResourcePrefix.Length..^ResourceSuffix.Length];
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
            throw new InvalidOperationException("No migrations are embedded in RoleScope.Storage.");
        }
        return [.. migrations];
    }
}
