using System.Text.Json;
using RoleScope.Sources;

namespace RoleScope.Ingest;

/// <summary>
/// Writes rejected records as JSON lines (<c>{"file","line","position","reason","record"}</c>). The file is created on the first
/// reject only, so a clean run leaves no empty file behind.
/// </summary>
public sealed class RejectsWriter(string path) : IDisposable
{
    private StreamWriter? _writer;

    public string Path { get; } = path;
    public int Count { get; private set; }

    public void Write(RejectedRecord reject)
    {
        if (_writer is null)
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
            _writer = new StreamWriter(Path, append: false);
        }
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("file", reject.File);
            json.WriteNumber("line", reject.Line);
            json.WriteString("position", reject.Position);
            json.WriteString("reason", reject.Reason);
            if (reject.Text is null)
            {
                json.WriteNull("record");
            }
            else
            {
                json.WriteString("record", reject.Text);
            }
            json.WriteEndObject();
        }
        _writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        Count++;
    }

    public void Dispose() => _writer?.Dispose();
}
