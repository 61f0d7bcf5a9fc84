using RoleScope.Storage.Postgres;

[assembly: AssemblyFixture(typeof(RoleScope.Storage.Tests.PostgresServerFixture))]

namespace RoleScope.Storage.Tests;

/// <summary>
/// One real PostgreSQL server for the whole test run, started on first use (initdb into a temp folder, pg_ctl on a free
/// port) and stopped with pg_ctl -m fast stop at the end. Without the binaries every PostgreSQL test fails, saying how
/// to install them: a missing server must not pass as a skipped suite.
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
