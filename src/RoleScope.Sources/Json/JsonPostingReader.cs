using System.Text.Json;
using RoleScope.Sources.Text;

namespace RoleScope.Sources.Json;

/// <summary>Reads a JSON input one record a line, or whole when it is one document, with the mapper of its format.</summary>
internal static class JsonPostingReader
{
    public static IEnumerable<SourceRecord> Read(TextReader reader, string head, string file, Func<JsonElement, MapResult> map)
    {
        map = Guarded(map);
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

    /// <summary>
    /// The mapper, with a JSON string that cannot become .NET text (an escaped lone surrogate such as \ud800, which the
    /// parser accepts but GetString refuses) turned into a reject of that record instead of an end to the whole input.
    /// </summary>
    private static Func<JsonElement, MapResult> Guarded(Func<JsonElement, MapResult> map) => item =>
    {
        try
        {
            return map(item);
        }
        catch (InvalidOperationException e)
        {
            return MapResult.Fail("a string holds an invalid \\u escape (" + e.Message + ")");
        }
    };
}
