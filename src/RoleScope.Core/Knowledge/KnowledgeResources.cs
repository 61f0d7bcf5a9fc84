using System.Reflection;
using System.Text.Json;

namespace RoleScope.Core.Knowledge;

/// <summary>Reads the knowledge data files embedded in this assembly (Knowledge/Data/*.json).</summary>
internal static class KnowledgeResources
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Load<T>(string fileName)
    {
        var name = "RoleScope.Knowledge." + fileName;
        using var stream = typeof(KnowledgeResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Knowledge file '{fileName}' is not embedded in {typeof(KnowledgeResources).Assembly.GetName().Name}.");
        return Parse<T>(stream, fileName);
    }

    public static T Parse<T>(Stream stream, string fileName)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"Knowledge file '{fileName}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Knowledge file '{fileName}' is not valid: {e.Message}", e);
        }
    }
}

/// <summary>Where a knowledge file's facts came from, and as of when.</summary>
public sealed record KnowledgeAbout(string? Description, string? Source, IReadOnlyList<string>? Sources, string? Date, string? License);
