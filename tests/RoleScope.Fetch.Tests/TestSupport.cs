using RoleScope.Core.Domain;
using RoleScope.Fetch.Http;
using RoleScope.Sources;

namespace RoleScope.Fetch.Tests;

/// <summary>Fast, impatient HTTP settings for tests: retries in milliseconds, no rate limit.</summary>
internal static class TestHttp
{
    public static FetchHttpOptions Options(int retries = 2, double timeoutSeconds = 5, double rate = 0) => new()
    {
        MaxRetries = retries,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        RequestsPerSecond = rate,
        MaxRetryAfter = TimeSpan.FromSeconds(5),
    };
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rolescope-fetch-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool on a slow machine: the OS temp cleaner takes it.
        }
    }
}

/// <summary>Reads a fetched file back the way rolescope ingest does, failing the test on any reject.</summary>
internal static class Canonical
{
    public static List<RawPosting> Read(string path)
    {
        var postings = new List<RawPosting>();
        foreach (var record in PostingReaders.ReadFile(path))
        {
            switch (record)
            {
                case ReadPosting p:
                    postings.Add(p.Posting);
                    break;
                case RejectedRecord r:
                    Assert.Fail($"{r.Position}: {r.Reason}");
                    break;
            }
        }
        return postings;
    }
}
