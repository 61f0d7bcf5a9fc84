using System.Collections.Frozen;
using System.Reflection;

namespace RoleScope.Web.Api;

/// <summary>Serves the stylesheet and scripts embedded in this assembly (no wwwroot, no front-end build).</summary>
internal static class AssetsEndpoint
{
    private const string Prefix = "RoleScope.Web.Assets.";

    private static readonly FrozenDictionary<string, (byte[] Bytes, string Type)> Assets = Load();

    public static void MapAssets(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/assets/{name}", (string name, HttpContext http) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(asset.Bytes, asset.Type);
        }).ExcludeFromDescription();

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource[Prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                _ => "application/octet-stream",
            };
            assets[name] = (copy.ToArray(), type);
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
