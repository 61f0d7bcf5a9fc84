using System.Net.Http.Headers;

namespace RoleScope.Fetch.Http;

/// <summary>Reads a 429/503 response's Retry-After header (seconds or an HTTP date) as a wait, capped.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Delay(HttpResponseMessage? response, TimeSpan cap, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }
        var wait = Wait(header, time);
        if (wait is not { } w)
        {
            return null;
        }
        if (w < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }
        return w > cap ? cap : w;
    }

    private static TimeSpan? Wait(RetryConditionHeaderValue header, TimeProvider time)
    {
        if (header.Delta is { } delta)
        {
            return delta;
        }
        return header.Date is { } date ? date - time.GetUtcNow() : null;
    }
}
