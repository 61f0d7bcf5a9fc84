using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using RoleScope.Core.Domain;
using RoleScope.Storage;
using RoleScope.Storage.Postgres;

namespace RoleScope.Web.Store;

/// <summary>
/// Reads the title, location and description a posting was stored with, to rebuild the normalised text its evidence spans
/// point into. IPostingStore hands out extractions only; both stores keep these columns under the same names.
/// </summary>
internal sealed class RawPostingReader(string db)
{
    private const string Sql = "SELECT title, company, location, description, url, posted_at FROM postings WHERE source = @source AND source_id = @source_id";

    public RawPosting? Read(string source, string sourceId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        Add(command, "@source", source);
        Add(command, "@source_id", sourceId);
        using var rows = command.ExecuteReader();
        if (!rows.Read())
        {
            return null;
        }
        return new RawPosting
        {
            Id = sourceId,
            Source = source,
            Title = rows.IsDBNull(0) ? null : rows.GetString(0),
            Company = rows.IsDBNull(1) ? null : rows.GetString(1),
            Location = rows.IsDBNull(2) ? null : rows.GetString(2),
            Description = rows.GetString(3),
            Url = rows.IsDBNull(4) ? null : rows.GetString(4),
            PostedAt = rows.IsDBNull(5) ? null : rows.GetValue(5) switch
            {
                string text => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                DateTime date => DateOnly.FromDateTime(date),
                DateOnly date => date,
                _ => null,
            },
        };
    }

    private DbConnection Open()
    {
        DbConnection connection = PostingStores.IsServer(db)
            ? new NpgsqlConnection(PostgresTarget.Parse(db).ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(db), Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
