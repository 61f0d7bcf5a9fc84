using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RoleScope.Synthetic;

namespace RoleScope.Web.Tests;

/// <summary>POST /api/ingest on a store of its own (it adds postings, which the other tests must not see).</summary>
public sealed class IngestApiTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string _folder = Directory.CreateTempSubdirectory("rolescope-ingest-tests-").FullName;

    [Fact]
    public async Task Ingest_needs_the_key_then_stores_counts_rejects_and_refreshes_the_index()
    {
        var db = TestStore.Create(_folder, synthetic: 50);
        await using var factory = WebAppFixture.For(db, "k-123");
        using var client = factory.CreateClient();
        var body = new StringBuilder();
        using (var writer = new StringWriter(body))
        {
            SyntheticPostings.WriteJsonl(Enumerable.Range(1000, 20).Select(i => SyntheticPostings.GenerateAt(i, seed: 99)), writer);
        }
        body.Append("{\"id\": \"broken\", \"description\": \n");

        using (var refused = await client.PostAsync(new Uri("/api/ingest?format=jsonl", UriKind.Relative), new StringContent(body.ToString()), Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest?format=jsonl") { Content = new StringContent(body.ToString()) };
        request.Headers.Add("X-Api-Key", "k-123");
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(20, result.GetProperty("stored").GetInt32());
        Assert.Equal(1, result.GetProperty("rejected").GetInt32());
        Assert.Contains(":21", result.GetProperty("rejects")[0].GetString(), StringComparison.Ordinal);

        var health = await client.GetFromJsonAsync<JsonElement>(new Uri("/health", UriKind.Relative), Ct);
        Assert.Equal(52 + 20, health.GetProperty("postings").GetInt32());
    }

    [Fact]
    public async Task Ingest_is_off_without_a_configured_key()
    {
        var db = TestStore.Create(_folder, synthetic: 5);
        await using var factory = WebAppFixture.For(db, null);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("") };
        request.Headers.Add("X-Api-Key", "");
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from /tmp.
        }
    }
}
