using RoleScope.Storage.Postgres;

[assembly: AssemblyFixture(typeof(RoleScope.Cli.Tests.PostgresServerFixture))]

namespace RoleScope.Cli.Tests;

/// <summary>
/// One real PostgreSQL server for the CLI tests, started on first use and stopped (pg_ctl -m fast stop) at the end.
/// Missing binaries fail the tests that need the server, with the install command in the message.
/// </summary>
public sealed class PostgresServerFixture : IDisposable
{
    private readonly Lazy<LocalPostgresServer> server = new(() => LocalPostgresServer.Start(durable: false));

    public LocalPostgresServer Server => server.Value;

    public void Dispose()
    {
        if (server.IsValueCreated)
        {
            server.Value.Dispose();
        }
    }
}
