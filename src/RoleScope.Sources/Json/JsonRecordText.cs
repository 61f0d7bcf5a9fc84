using System.Text;
using System.Text.Json;

namespace RoleScope.Sources.Json;

/// <summary>Parses the text of one record, turning a syntax error into a short reject reason.</summary>
internal static class JsonRecordText
{
    public static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = InputLimits.MaxJsonDepth };

    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = InputLimits.MaxJsonDepth };

    public static JsonDocument? TryParse(string text, out string? reason) =>
        // Encoding ourselves makes the byte positions of errors UTF-8 offsets and replaces lone surrogates instead of throwing.
        TryParse(Encoding.UTF8.GetBytes(text), out reason);

    public static JsonDocument? TryParse(ReadOnlyMemory<byte> utf8, out string? reason)
    {
        try
        {
            reason = null;
            return JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            reason = Reason(e);
            return null;
        }
    }

    /// <summary>"invalid JSON: what at byte N", N being the 0-based UTF-8 offset within the line.</summary>
    public static string Reason(JsonException e)
    {
        var message = e.Message;
        // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 17."; the reject states the line itself.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }
        message = message.TrimEnd('.', ' ');
        return e.BytePositionInLine is { } position ? $"invalid JSON: {message} at byte {position}" : $"invalid JSON: {message}";
    }
}
