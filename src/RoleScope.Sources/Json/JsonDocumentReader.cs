using System.Text;
using System.Text.Json;

namespace RoleScope.Sources.Json;

/// <summary>Reads the items of a JSON array or wrapper document; each item's line is the line where it starts.</summary>
internal static class JsonDocumentReader
{
    public static IEnumerable<SourceRecord> Read(string text, string file, Func<JsonElement, MapResult> map)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var scan = JsonDocumentScanner.Scan(utf8);
        var line = 1;
        var counted = 0;
        foreach (var item in scan.Items)
        {
            line += utf8.AsSpan(counted, item.Start - counted).Count((byte)'\n');
            counted = item.Start;
            var slice = utf8.AsMemory(item.Start, item.Length);
            if (Encoding.UTF8.GetCharCount(slice.Span) > InputLimits.MaxRecordChars)
            {
                yield return Rejects.Create(file, line, Rejects.RecordTooLong(), Start(slice));
                continue;
            }
            // The scan has checked the syntax already; parsing again cannot fail but is handled like any record.
            using var document = JsonRecordText.TryParse(slice, out var reason);
            var raw = Encoding.UTF8.GetString(slice.Span);
            yield return document is null
                ? Rejects.Create(file, line, reason!, raw)
                : map(document.RootElement).ToRecord(file, line, raw);
        }
        if (scan.Error is { } error)
        {
            var errorLine = scan.ErrorLine ?? 1;
            yield return Rejects.Create(file, errorLine, error, LineText(text, errorLine));
        }
    }

    private static string Start(ReadOnlyMemory<byte> slice) =>
        Encoding.UTF8.GetString(slice.Span[..Math.Min(slice.Length, InputLimits.MaxRejectTextChars)]);

    private static string LineText(string text, int line)
    {
        var start = 0;
        for (var i = 1; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0)
        {
            return "";
        }
        var end = text.IndexOf('\n', start);
        return text[start..(end < 0 ? text.Length : end)].TrimEnd('\r');
    }
}
