using System.Text.Json;

namespace RoleScope.Sources.Json;

/// <summary>
/// Finds the items of a JSON document: the elements of a top-level array, of the <c>jobs</c>/<c>items</c>/<c>hits</c>
/// array of a wrapper object, or the object itself when it wraps nothing. Scanning token by token keeps each item's
/// position (for its line number) and keeps the items before a syntax error.
/// </summary>
internal static class JsonDocumentScanner
{
    public static readonly string[] WrapperNames = ["jobs", "items", "hits"];

    public static JsonDocumentScan Scan(ReadOnlySpan<byte> utf8)
    {
        var items = new List<JsonItemSpan>();
        var reader = new Utf8JsonReader(utf8, JsonRecordText.ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                return new JsonDocumentScan(items, null, null);
            }
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    ReadElements(ref reader, items);
                    break;
                case JsonTokenType.StartObject:
                    ReadWrapper(ref reader, items);
                    break;
                default:
                    return new JsonDocumentScan(items, 1, "JSON document is neither an array nor an object");
            }
            // Reading past the root makes the reader throw on trailing content such as a second document.
            reader.Read();
            return new JsonDocumentScan(items, null, null);
        }
        catch (JsonException e)
        {
            return new JsonDocumentScan(items, (int)(e.LineNumber ?? 0) + 1, JsonRecordText.Reason(e));
        }
    }

    private static void ReadWrapper(ref Utf8JsonReader reader, List<JsonItemSpan> items)
    {
        var start = (int)reader.TokenStartIndex;
        var wrapped = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isWrapper = !wrapped && IsWrapperName(ref reader);
            reader.Read();
            if (isWrapper && reader.TokenType == JsonTokenType.StartArray)
            {
                ReadElements(ref reader, items);
                wrapped = true;
            }
            else
            {
                reader.Skip();
            }
        }
        if (!wrapped)
        {
            // A single posting written over several lines.
            items.Add(new JsonItemSpan(start, (int)reader.BytesConsumed - start));
        }
    }

    private static void ReadElements(ref Utf8JsonReader reader, List<JsonItemSpan> items)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            items.Add(new JsonItemSpan(start, (int)reader.BytesConsumed - start));
        }
    }

    public static bool IsWrapperName(ref Utf8JsonReader reader)
    {
        foreach (var name in WrapperNames)
        {
            if (reader.ValueTextEquals(name))
            {
                return true;
            }
        }
        return false;
    }
}
