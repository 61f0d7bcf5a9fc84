namespace RoleScope.Fetch.Http;

/// <summary>
/// Reads the whole body inside the resilience pipeline, so that a server that sends headers and then stalls hits the
/// attempt time-out (and is retried) instead of hanging the caller after the pipeline has returned.
/// </summary>
internal sealed class BufferingHandler(long maxBytes) : DelegatingHandler(new SocketsHttpHandler
{
    AutomaticDecompression = System.Net.DecompressionMethods.All,
    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
})
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
            {
                throw new FetchException($"response of {length:N0} bytes is larger than the limit of {maxBytes:N0}");
            }
            await response.Content.LoadIntoBufferAsync(maxBytes, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
