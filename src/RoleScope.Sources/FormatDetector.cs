using System.Text.Json;
using RoleScope.Sources.Json;

namespace RoleScope.Sources;

/// <summary>Decides the format of one input from its name and first characters (see <see cref="PostingReaders.Detect"/>).</summary>
internal static class FormatDetector
{
    public static InputFormat Detect(string path, string head)
    {
        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Csv;
        }
        var content = Content(head);
        if (content.IsEmpty)
        {
            return InputFormat.Jsonl;
        }
        if (content[0] is not ('{' or '['))
        {
            // A header row: JSON inputs start with an object or an array.
            return InputFormat.Csv;
        }
        var probe = JsonHeadProbe.Probe(content);
        if (probe.IsDocument)
        {
            return probe.ItemKeys.Count == 0 ? InputFormat.Hn : PostingShape.Classify(probe.ItemKeys, probe.ItemType);
        }
        if (probe.ItemComplete)
        {
            return PostingShape.Classify(probe.ItemKeys, probe.ItemType);
        }
        return FirstParsableLine(content) ?? (probe.ItemKeys.Count > 0 ? PostingShape.Classify(probe.ItemKeys, probe.ItemType) : InputFormat.Jsonl);
    }

    /// <summary>The head without leading white space and byte-order mark.</summary>
    public static ReadOnlySpan<char> Content(string head) => head.AsSpan().TrimStart().TrimStart('\uFEFF').TrimStart();

    /// <summary>When the first line is malformed, the first whole line of the head that is a JSON object decides.</summary>
    private static InputFormat? FirstParsableLine(ReadOnlySpan<char> content)
    {
        foreach (var range in content.Split('\n'))
        {
            var line = content[range];
            if (range.End.Value == content.Length)
            {
                // The head may end inside this line.
                break;
            }
            using var document = JsonRecordText.TryParse(line.ToString(), out _);
            if (document?.RootElement is { ValueKind: JsonValueKind.Object } root)
            {
                var keys = root.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                return PostingShape.Classify(keys, type);
            }
        }
        return null;
    }
}
