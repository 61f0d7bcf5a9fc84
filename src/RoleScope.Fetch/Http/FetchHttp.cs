using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.RateLimiting;
using Polly.Timeout;

namespace RoleScope.Fetch.Http;

/// <summary>
/// The one HTTP client of the fetchers: a User-Agent, a request rate limit, an attempt time-out, and retries with
/// exponential back-off (honouring Retry-After) for 408, 429, 5xx, time-outs and connection failures. Whatever still
/// fails surfaces as a <see cref="FetchException"/> with a one-line reason.
/// </summary>
public sealed class FetchHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly RateLimiter? _limiter;
    private readonly FetchHttpOptions _options;

    public FetchHttp(FetchHttpOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var clock = time ?? TimeProvider.System;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(options.MaxRetries, 0) is 0 ? 1 : options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            ShouldRetryAfterHeader = false,
            ShouldHandle = options.MaxRetries <= 0 ? _ => ValueTask.FromResult(false) : new HttpRetryStrategyOptions().ShouldHandle,
            DelayGenerator = args => ValueTask.FromResult(RetryAfter.Delay(args.Outcome.Result, options.MaxRetryAfter, clock)),
        });
        if (options.RequestsPerSecond > 0)
        {
            // One token at a time: requests are spread evenly, never burst, whatever the concurrency.
            _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1 / options.RequestsPerSecond),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
            builder.AddRateLimiter(_limiter);
        }
        builder.AddTimeout(options.AttemptTimeout);
        var handler = new ResilienceHandler(builder.Build()) { InnerHandler = new BufferingHandler(options.MaxResponseBytes) };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = options.MaxResponseBytes };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <summary>GETs <paramref name="uri"/> and parses its body as JSON; a non-success status or malformed body throws.</summary>
    public async Task<JsonDocument> GetJsonAsync(Uri uri, CancellationToken cancellationToken)
    {
        var body = await GetBytesAsync(uri, "application/json", cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new FetchException($"malformed JSON from {uri}: {e.Message}", e);
        }
    }

    /// <summary>GETs <paramref name="uri"/> as text (HTML pages).</summary>
    public async Task<string> GetTextAsync(Uri uri, CancellationToken cancellationToken)
    {
        var body = await GetBytesAsync(uri, "text/html, application/xhtml+xml;q=0.9, */*;q=0.5", cancellationToken).ConfigureAwait(false);
        return System.Text.Encoding.UTF8.GetString(body);
    }

    private async Task<byte[]> GetBytesAsync(Uri uri, string accept, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd(accept);
        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new FetchException($"timed out after {_options.AttemptTimeout.TotalSeconds:0.#} s ({Attempts} attempts): {uri}", e);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"request failed ({Attempts} attempts): {uri}: {e.Message}", e);
        }
        catch (RateLimiterRejectedException e)
        {
            throw new FetchException($"rate limiter refused the request: {uri}", e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var retried = IsTransient(response.StatusCode) ? $" after {Attempts} attempts" : "";
                throw new FetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}{retried}: {uri}");
            }
            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private int Attempts => Math.Max(_options.MaxRetries, 0) + 1;

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    public void Dispose()
    {
        _client.Dispose();
        _limiter?.Dispose();
    }
}
