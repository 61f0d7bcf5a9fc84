using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Ingest;
using RoleScope.Storage;
using RoleScope.Synthetic;

namespace RoleScope.Web.Tests;

/// <summary>A real SQLite store in a temp folder: synthetic postings plus hostile ones whose title and text carry markup.</summary>
public static class TestStore
{
    public const int SyntheticCount = 1500;
    public const string HostileSource = "hostile";
    public const string HostileTitle = "<script>window.__xss='title'</script>Evil Kafka Engineer";

    // The description arrives entity-encoded, so the normalised text (what the pages show) holds the literal tags.
    public const string HostileDescription =
        "We build streaming systems with Kafka and Python. &lt;img src=x onerror=\"window.__xss='text'\"&gt; &lt;script&gt;window.__xss='body'&lt;/script&gt; Senior role, fully remote, $150,000 - $180,000 per year.";

    public static IReadOnlyList<RawPosting> Hostile { get; } =
    [
        new RawPosting { Id = "h1", Source = HostileSource, Title = HostileTitle, Company = "<b onmouseover=alert(1)>Evil Corp</b>", Location = "Berlin, Germany", Description = HostileDescription, PostedAt = new DateOnly(2026, 6, 1) },
        new RawPosting { Id = "h2", Source = HostileSource, Title = "Backend <img src=x onerror=\"window.__xss='t2'\"> Developer", Description = "Go and Kafka backend developer, remote.", PostedAt = new DateOnly(2026, 6, 2) },
    ];

    public static string Create(string folder, int synthetic = SyntheticCount)
    {
        var db = Path.Combine(folder, "web-tests.db");
        using var store = SqliteStore.Open(db);
        var runner = new IngestRunner(store, ExtractionPipeline.Default);
        runner.Run(SyntheticPostings.Generate(synthetic, seed: 7).Concat(Hostile), "test-sample", Path.Combine(folder, "rejects.jsonl"));
        return db;
    }
}
