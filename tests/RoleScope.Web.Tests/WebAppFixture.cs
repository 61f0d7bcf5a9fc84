using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RoleScope.Core.Analytics;
using RoleScope.Storage;

[assembly: AssemblyFixture(typeof(RoleScope.Web.Tests.WebAppFixture))]

namespace RoleScope.Web.Tests;

/// <summary>
/// The app over a real SQLite store, served by Kestrel on a loopback port (so the browser tests reach it too). One per
/// test assembly: building the store is the slow part.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-7f3a";

    private WebApplicationFactory<Program>? _factory;

    public string Folder { get; } = Directory.CreateTempSubdirectory("rolescope-web-tests-").FullName;
    public string Db { get; private set; } = "";
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");
    public IReadOnlyList<MarketPosting> Postings { get; private set; } = [];

    public HttpClient Client() => new() { BaseAddress = BaseAddress };

    public ValueTask InitializeAsync()
    {
        Db = TestStore.Create(Folder);
        using (var store = SqliteStore.Open(Db))
        {
            Postings = [.. store.ReadAll()];
        }
        _factory = For(Db, ApiKey);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/");
        return ValueTask.CompletedTask;
    }

    public static WebApplicationFactory<Program> For(string db, string? apiKey) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("RoleScope:Db", db);
            b.UseSetting("RoleScope:ApiKey", apiKey ?? "");
            b.UseSetting("RoleScope:RefreshWait", "00:00:00.200");
        });

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open at exit is the OS's to clean from /tmp; it must not fail the run.
        }
    }
}
