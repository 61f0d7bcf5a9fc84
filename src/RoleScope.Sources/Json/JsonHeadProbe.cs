using System.Text;
using System.Text.Json;

namespace RoleScope.Sources.Json;

/// <summary>
/// What the first characters of a JSON input say about it: one record a line, or one document (an array, a wrapper
/// object, or an object written over several lines); and the field names (and <c>type</c>) of its first item.
/// </summary>
internal sealed record JsonHeadProbe(bool IsDocument, IReadOnlySet<string> ItemKeys, string? ItemType, bool ItemComplete)
{
    /// <summary>Looks at <paramref name="head"/>, which starts with '{' or '[' and may end anywhere, even inside a token.</summary>
    public static JsonHeadProbe Probe(ReadOnlySpan<char> head)
    {
        var utf8 = Encoding.UTF8.GetBytes(head.ToArray());
        var keys = new HashSet<string>(StringComparer.Ordinal);
        string? type = null;
        var reader = new Utf8JsonReader(utf8, isFinalBlock: false, new JsonReaderState(JsonRecordText.ReaderOptions));
        var rootIsArray = false;
        var wrapper = false;
        var wrapperNamePending = false;
        var itemDepth = 0;
        var inItem = false;
        var itemDone = false;
        string? lastKey = null;
        long reached = 0;
        try
        {
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                var token = reader.TokenType;
                reached = reader.BytesConsumed;
                if (reader.TokenStartIndex == 0)
                {
                    rootIsArray = token == JsonTokenType.StartArray;
                    itemDepth = rootIsArray ? 1 : 0;
                }
                if (!rootIsArray && depth == 1 && !wrapper)
                {
                    if (token == JsonTokenType.PropertyName)
                    {
                        wrapperNamePending = JsonDocumentScanner.IsWrapperName(ref reader);
                    }
                    else if (token == JsonTokenType.StartArray && wrapperNamePending)
                    {
                        // The items are the elements of this array: start over with the first of them.
                        wrapper = true;
                        itemDepth = 2;
                        inItem = false;
                        keys.Clear();
                        type = null;
                    }
                }
                if (!itemDone)
                {
                    if (token == JsonTokenType.StartObject && depth == itemDepth)
                    {
                        inItem = true;
                    }
                    else if (inItem && depth == itemDepth + 1 && token == JsonTokenType.PropertyName)
                    {
                        lastKey = reader.GetString();
                        keys.Add(lastKey!);
                    }
                    else if (inItem && depth == itemDepth + 1 && token == JsonTokenType.String && lastKey == "type")
                    {
                        type = reader.GetString();
                    }
                    else if (inItem && depth == itemDepth && token == JsonTokenType.EndObject)
                    {
                        itemDone = true;
                    }
                }
                if ((depth == 0 && token is JsonTokenType.EndObject or JsonTokenType.EndArray) || ((rootIsArray || wrapper) && itemDone))
                {
                    break;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed first line: the layout follows from whether the text read so far crossed a line end.
        }
        // Raw line breaks cannot occur inside JSON tokens, so a first value that crosses one is written over several lines.
        var spansLines = utf8.AsSpan(0, (int)reached).Contains((byte)'\n');
        return new JsonHeadProbe(rootIsArray || wrapper || spansLines, keys, type, itemDone);
    }
}
