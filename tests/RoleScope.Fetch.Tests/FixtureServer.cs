using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoleScope.Fetch.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port) serving recorded API responses. Each route (path and query) answers
/// with a script of responses: the n-th request gets the n-th step, the last step repeats. Unknown routes answer 404.
/// Every request is logged, with its User-Agent, so that tests can say what was (and was not) asked for.
/// </summary>
internal sealed class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Target, string? UserAgent)> _log = new();

    private FixtureServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Requests received, path and query, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _log.Select(l => l.Target)];

    public IReadOnlyList<string?> UserAgents => [.. _log.Select(l => l.UserAgent)];

    /// <summary>When set, every request not matching this predicate answers with the given status instead (a server going down mid-run).</summary>
    public Func<string, bool>? Outage { get; set; }

    public static async Task<FixtureServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FixtureServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    public string Url => BaseUri.AbsoluteUri.TrimEnd('/');

    /// <summary>Scripts <paramref name="target"/> (a path with its query, e.g. "/v0/item/1.json").</summary>
    public FixtureServer Serve(string target, params Step[] steps)
    {
        _routes[target] = new Route(steps);
        return this;
    }

    public int Count(string target) => _log.Count(l => l.Target == target);

    private async Task HandleAsync(HttpContext context)
    {
        var target = context.Request.Path.Value + context.Request.QueryString.Value;
        _log.Enqueue((target, context.Request.Headers.UserAgent.ToString()));
        if (Outage is { } outage && !outage(target))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        if (!_routes.TryGetValue(target, out var route))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await route.Next().Respond(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class Route(Step[] steps)
    {
        private int _calls;

        public Step Next()
        {
            var n = Interlocked.Increment(ref _calls) - 1;
            return steps[Math.Min(n, steps.Length - 1)];
        }
    }
}

/// <summary>One scripted response.</summary>
internal sealed record Step(Func<HttpContext, Task> Respond)
{
    public static string FixturePath(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    /// <summary>A recorded response body from Fixtures/.</summary>
    public static Step File(string relative, string contentType = "application/json; charset=utf-8") => Body(System.IO.File.ReadAllText(FixturePath(relative)), contentType);

    public static Step Body(string body, string contentType = "application/json; charset=utf-8") => new(async context =>
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    });

    public static Step Status(int status, string? retryAfter = null) => new(context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        return Task.CompletedTask;
    });

    /// <summary>Waits before answering (or until the client gives up), then answers like <paramref name="then"/>.</summary>
    public static Step Delay(TimeSpan delay, Step then) => new(async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await then.Respond(context);
    });

    /// <summary>Sends the headers and half the body, then stalls: the client's attempt time-out must fire.</summary>
    public static Step StallMidBody(TimeSpan stall) => new(async context =>
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = 100;
        await context.Response.WriteAsync("{\"jobs\": [");
        await context.Response.Body.FlushAsync();
        try
        {
            await Task.Delay(stall, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }
    });
}
