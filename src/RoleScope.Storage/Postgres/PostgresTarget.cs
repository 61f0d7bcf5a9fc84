using Npgsql;

namespace RoleScope.Storage.Postgres;

/// <summary>
/// Reads a --db value that names a PostgreSQL database: a URL (<c>postgres://user:password@host:port/db?sslmode=require</c>)
/// or an Npgsql keyword string (<c>Host=...;Database=...</c>). Keeps the password out of <see cref="Display"/>.
/// </summary>
public sealed class PostgresTarget
{
    private PostgresTarget(string connectionString, string display)
    {
        ConnectionString = connectionString;
        Display = display;
    }

    /// <summary>The Npgsql connection string.</summary>
    public string ConnectionString { get; }

    /// <summary><c>postgresql://user@host:port/database</c>, without the password: safe for messages and reports.</summary>
    public string Display { get; }

    /// <summary>True when <paramref name="db"/> is a PostgreSQL URL or a keyword connection string rather than a file path.</summary>
    public static bool Matches(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <exception cref="ArgumentException">The value is neither a valid URL nor a valid keyword string.</exception>
    public static PostgresTarget Parse(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var builder = db.Contains("://", StringComparison.Ordinal) ? FromUrl(db) : FromKeywords(db);
        var display = $"postgresql://{(builder.Username is { Length: > 0 } user ? user + "@" : "")}{builder.Host}:{builder.Port}/{builder.Database}";
        return new PostgresTarget(builder.ConnectionString, display);
    }

    private static NpgsqlConnectionStringBuilder FromKeywords(string db)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(db);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"'{db}' is not a PostgreSQL connection string ({e.Message}).", nameof(db), e);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string db)
    {
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{Redact(db)}' is not a PostgreSQL URL such as postgresql://user:password@host:5432/rolescope.", nameof(db));
        }
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        builder.Database = database.Length > 0 ? database : "rolescope";
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            try
            {
                // libpq's names where they differ from Npgsql's.
                builder[key switch { "sslmode" => "SSL Mode", "application_name" => "Application Name", "connect_timeout" => "Timeout", _ => key }] = value;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"'{Redact(db)}': unknown or invalid parameter '{key}' ({e.Message}).", nameof(db), e);
            }
        }
        return builder;
    }

    private static string Redact(string url)
    {
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return at > scheme && scheme >= 0 ? url[..(scheme + 3)] + "***" + url[at..] : url;
    }
}
