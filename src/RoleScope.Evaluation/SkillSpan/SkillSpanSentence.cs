using System.Text.Json;

namespace RoleScope.Evaluation.SkillSpan;

/// <summary>One sentence of SkillSpan (Zhang et al., 2022): its tokens, the BIO tags of knowledge spans, and its source.</summary>
public sealed record SkillSpanSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> KnowledgeTags, string Source)
{
    /// <summary>Reads the JSON lines of a SkillSpan split (fields tokens, tags_knowledge, source); blank lines are skipped.</summary>
    public static IEnumerable<SkillSpanSentence> ReadFile(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            yield return Parse(line, $"{path}:{number}");
        }
    }

    public static SkillSpanSentence Parse(string json, string position)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var tokens = Strings(root, "tokens", position);
        var tags = Strings(root, "tags_knowledge", position);
        if (tokens.Count != tags.Count)
        {
            throw new InvalidDataException($"{position}: {tokens.Count} tokens but {tags.Count} knowledge tags.");
        }
        var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() ?? "" : "";
        return new SkillSpanSentence(tokens, tags, source);
    }

    private static List<string> Strings(JsonElement root, string name, string position)
    {
        if (!root.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{position}: no '{name}' list.");
        }
        return [.. list.EnumerateArray().Select(e => e.GetString() ?? throw new InvalidDataException($"{position}: '{name}' holds a non-string."))];
    }
}
