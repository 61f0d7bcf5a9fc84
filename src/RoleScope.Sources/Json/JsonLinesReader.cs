using System.Text.Json;
using RoleScope.Sources.Text;

namespace RoleScope.Sources.Json;

/// <summary>Reads one JSON object a line; a bad line becomes a reject at its line number and reading goes on.</summary>
internal static class JsonLinesReader
{
    public static IEnumerable<SourceRecord> Read(TextReader reader, string file, Func<JsonElement, MapResult> map)
    {
        foreach (var line in LineSplitter.Lines(reader))
        {
            if (line.TooLong)
            {
                yield return Rejects.Create(file, line.Number, Rejects.RecordTooLong(), line.Text);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }
            using var document = JsonRecordText.TryParse(line.Text, out var reason);
            yield return document is null
                ? Rejects.Create(file, line.Number, reason!, line.Text)
                : map(document.RootElement).ToRecord(file, line.Number, line.Text);
        }
    }
}
