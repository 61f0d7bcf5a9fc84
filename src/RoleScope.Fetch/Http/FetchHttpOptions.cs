namespace RoleScope.Fetch.Http;

/// <summary>How politely and patiently the fetchers talk to a source.</summary>
public sealed record FetchHttpOptions
{
    public const string DefaultUserAgent = "RoleScope/0.1 (+https://github.com/rolescope/rolescope; job-market research)";

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Requests per second across all concurrent requests; 0 means no limit (tests, local mirrors).</summary>
    public double RequestsPerSecond { get; init; } = 4;

    /// <summary>One attempt, headers and body, must finish within this.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for 408, 429, 5xx, time-outs and connection failures.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First back-off delay; it doubles with each retry (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait a server's Retry-After may impose. A server asking for more gets this much; then the retry
    /// runs and, if still refused, the item fails and is reported rather than stalling the run for hours.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A response larger than this is refused: job board payloads are a few megabytes at most.</summary>
    public long MaxResponseBytes { get; init; } = 64L * 1024 * 1024;
}
