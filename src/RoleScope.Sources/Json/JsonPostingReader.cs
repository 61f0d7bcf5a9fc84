using System.Text.Json;
using RoleScope.Sources.Text;

namespace RoleScope.Sources.Json;

/// <summary>Reads a JSON input one record a line, or whole when it is one document, with the mapper of its format.</summary>
internal static class JsonPostingReader
{
    public static IEnumerable<SourceRecord> Read(TextReader reader, string head, string file, Func<JsonElement, MapResult> map)
    {
        var content = FormatDetector.Content(head);
        if (content.IsEmpty || content[0] is not ('{' or '[') || !JsonHeadProbe.Probe(content).IsDocument)
        {
            return JsonLinesReader.Read(reader, file, map);
        }
        var text = BoundedText.ReadToEnd(reader, InputLimits.MaxDocumentChars);
        return text is null
            ? [Rejects.Create(file, 1, $"JSON document longer than {InputLimits.MaxDocumentChars} characters (give one item a line instead)", head)]
            : JsonDocumentReader.Read(text, file, map);
    }
}
