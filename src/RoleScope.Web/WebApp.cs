using System.Text.Json;
using System.Text.Json.Serialization;
using RoleScope.Web.Api;
using RoleScope.Web.Components;
using RoleScope.Web.Market;
using RoleScope.Web.Store;

namespace RoleScope.Web;

/// <summary>The RoleScope web app: the API and the pages on one port. Reads as the table of contents of what it serves.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.Section));
        builder.Services.AddSingleton(sp => new StoreAccess(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value.Db));
        builder.Services.AddSingleton(sp => new RawPostingReader(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value.Db));
        builder.Services.AddSingleton<MarketState>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MarketState>());
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddRazorComponents();

        var app = builder.Build();
        // Build the index before the first request rather than inside it.
        _ = app.Services.GetRequiredService<MarketState>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAntiforgery();
        app.Use((context, next) =>
        {
            // Pages render posting text HTML-encoded; the policy is a second wall should anything ever slip through.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });

        app.MapOpenApi();
        app.MapGet("/health", (MarketState market) => TypedResults.Ok(new Health("ok", market.Current.Rows.Length, market.Current.Version)))
            .WithTags("Health").WithSummary("Liveness and the size of the current index");
        app.MapPostingsApi();
        app.MapAnalyticsApi();
        app.MapIngestApi();
        app.MapAssets();
        app.MapRazorComponents<App>();
        return app;
    }
}

public sealed record Health(string Status, int Postings, long StoreVersion);
