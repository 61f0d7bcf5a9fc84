using System.Text.Json;
using RoleScope.Fetch.Mapping;

namespace RoleScope.Fetch.SchemaOrg;

/// <summary>Finds the schema.org JobPosting objects in a JSON-LD block: at its root, in an array, or in an <c>@graph</c>.</summary>
internal static class JobPostingNodes
{
    /// <summary>A bound on nesting searched, far beyond any real page (JsonDocument already caps depth at 64).</summary>
    private const int MaxDepth = 8;

    public static List<JsonElement> Find(JsonElement root)
    {
        var found = new List<JsonElement>();
        Walk(root, 0, found);
        return found;
    }

    public static bool IsType(JsonElement node, string type) =>
        JsonValues.Strings(node, "@type").Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase)
            || t.EndsWith("/" + type, StringComparison.OrdinalIgnoreCase) || t.EndsWith(":" + type, StringComparison.OrdinalIgnoreCase));

    private static void Walk(JsonElement node, int depth, List<JsonElement> found)
    {
        if (depth > MaxDepth)
        {
            return;
        }
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    Walk(item, depth + 1, found);
                }
                break;
            case JsonValueKind.Object when IsType(node, "JobPosting"):
                found.Add(node);
                break;
            case JsonValueKind.Object:
                if (JsonValues.Property(node, "@graph") is { } graph)
                {
                    Walk(graph, depth + 1, found);
                }
                // A WebPage whose mainEntity is the posting.
                if (JsonValues.Property(node, "mainEntity") is { } main)
                {
                    Walk(main, depth + 1, found);
                }
                break;
        }
    }
}
